export * from './config';
export * from './item';
export * from './key';
export * from './log';
export * from './url';
