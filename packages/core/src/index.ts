export * from './item';
export * from './key';
export * from './url';
