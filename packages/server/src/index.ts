export * from './app';
export { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from './auth/passwords';
export { presentItem, presentSource } from './routes/api';
