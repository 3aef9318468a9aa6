export { sourceIdFromUrl } from './commands/sources';
