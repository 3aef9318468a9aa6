// The duplicate score: how much of the shorter text's shingles the longer text also has (the
// overlap coefficient), estimated from two fingerprints. Containment rather than Jaccard, because
// a feed excerpt or the first version of a page that later grew is still the same story.
import { type ParsedFingerprint, parseFingerprint } from './fingerprint';
import { SIGNATURE_SIZE } from './minhash';

/**
 * Texts with fewer shingles than this (about 20 words) are too short to call near duplicates:
 * successive disaster names ("Chad: Floods - Aug 2024" / "... - Aug 2023") share most of theirs.
 */
export const MIN_SHINGLES = 20;
/**
 * Fewer agreeing signature slots than this make the containment estimate too noisy (its
 * relative error passes about 25%), which happens when one text is over ~7 times the other.
 */
export const MIN_AGREEING_SLOTS = 16;
/**
 * Pairs scoring at least this are near duplicates: the rule in docs/enrichment.md (midpoint of
 * the gap between the classes, rounded to 0.05) applied to all labelled pairs in
 * data/dedup-pairs, after the same rule on the calibration half was checked on the held-out
 * half. `npm run bench -- enrich` re-measures it.
 */
export const DUPLICATE_THRESHOLD = 0.55;

/** Estimated overlap coefficient (0..1) of the texts behind two fingerprints. */
export function similarity(a: string, b: string): number {
  return parsedSimilarity(parseFingerprint(a), parseFingerprint(b));
}

/** `similarity` of fingerprints already parsed (a caller comparing one with many parses once). */
export function parsedSimilarity(fa: ParsedFingerprint, fb: ParsedFingerprint): number {
  const smaller = Math.min(fa.size, fb.size);
  if (smaller < MIN_SHINGLES) return 0;
  let agreeing = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (fa.signature[i] === fb.signature[i]) agreeing++;
  if (agreeing < MIN_AGREEING_SLOTS) return 0;
  const jaccard = agreeing / SIGNATURE_SIZE;
  const shared = (jaccard * (fa.size + fb.size)) / (1 + jaccard);
  return Math.min(1, shared / smaller);
}

/** Whether two fingerprints belong to near-duplicate texts. */
export function isNearDuplicate(a: string, b: string, threshold = DUPLICATE_THRESHOLD): boolean {
  return similarity(a, b) >= threshold;
}
