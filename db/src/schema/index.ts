export * from './ingest';
export * from './publishing';
