export * from './client';
export * from './lock';
export * from './repo/fetch-runs';
export * from './repo/items';
export * from './repo/sources';
export * as schema from './schema/index';
