// @mipas/enrich: language, tagging, dedup and relevance for news items, and their composition.
export * from './dedup';
export {
  type EnrichedFields,
  type EnrichInput,
  EnrichInputError,
  type Enrichment,
  type EnrichOptions,
  enrichItem,
  enrichItemDetailed,
  SOURCE_TAG_CONFIDENCE,
  type SourceProfile,
  summariseEnrichment,
} from './enrich';
export {
  type EnrichLinesOptions,
  type EnrichLinesResult,
  enrichLine,
  enrichLines,
  MAX_LINE_LENGTH,
} from './jsonl';
export * from './language';
export * from './relevance';
export * from './tagging';
