export * from './curation';
export * from './enrichment';
export * from './ingest';
export * from './publishing';
export * from './reprocess';
