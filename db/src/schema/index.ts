export * from './ingest';
export * from './publishing';
export * from './curation';
export * from './enrichment';
