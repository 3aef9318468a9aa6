export * from './catalogue';
export * from './cycle';
export * from './runtime';
export * from './scheduler';
export * from './source-document';
export * from './stages/source-health';
export * from './transport/in-process';
export * from './types';
