export * from './app';
export { presentItem, presentSource } from './routes/api';
export { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from './auth/passwords';
