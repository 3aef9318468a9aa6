export * from './app';
export { presentItem, presentSource } from './routes/api';
