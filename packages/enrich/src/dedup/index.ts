// Dedup stage: exact duplicates by content hash, near duplicates by MinHash fingerprints, story
// clusters with a named original.
export { BAND_COUNT, BAND_ROWS, bandKeys, parsedBandKeys } from './band-keys';
export { contentHash } from './content-hash';
export {
  analyseText,
  estimateJaccard,
  FINGERPRINT_WORDS,
  fingerprint,
  fingerprintText,
  type ParsedFingerprint,
  parseFingerprint,
} from './fingerprint';
export { normaliseText, tokenise } from './normalise';
export {
  DUPLICATE_THRESHOLD,
  isNearDuplicate,
  MIN_SHINGLES,
  parsedSimilarity,
  similarity,
} from './similarity';
export { type StoryAssignment, StoryIndex, type StoryItem } from './story-index';
