export * from './charset';
export * from './date';
export * from './feed';
export * from './fetcher';
export * from './normalise';
export * from './text';
