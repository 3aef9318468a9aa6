export * from './ingest';
export * from './publishing';
export * from './curation';
