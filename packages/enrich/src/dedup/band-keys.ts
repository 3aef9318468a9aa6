// Locality-sensitive hashing over the MinHash signature: a text's signature is cut into bands of
// BAND_ROWS slots, and two texts become candidates when any band matches exactly. A database
// stores one row per band key (indexed) and compares only candidates.
import { type ParsedFingerprint, parseFingerprint } from './fingerprint';
import { MIN_SHINGLES } from './similarity';

/**
 * Two rows per band over the first 128 slots, 64 bands: a pair with Jaccard 0.3 (a page that
 * doubled in length since a copy was taken) becomes a candidate with probability
 * 1-(1-0.3²)^64 ≈ 0.998, an unrelated pair (Jaccard ≈ 0.01) with probability ≈ 0.006. The other
 * slots only sharpen `similarity`; more bands would mean more index rows per item. Fewer cost
 * candidates: of the 692 pairs over the threshold among the fetch-cycle bench's 2,500 items,
 * 64 bands find all, 32 find 684 and 16 find 617 (every labelled near-duplicate pair is found
 * by all three), while the band rows are the largest single cost of enriching on PGlite.
 */
export const BAND_ROWS = 2;
export const BAND_COUNT = 64;
const EMPTY_SLOT = 0xffffffff;

/** LSH band keys of a fingerprint, e.g. "07:1a2b3c4d5e6f7a8b"; none for texts too short to match. */
export function bandKeys(fp: string): string[] {
  return parsedBandKeys(parseFingerprint(fp));
}

/** `bandKeys` of a fingerprint already parsed. */
export function parsedBandKeys({ size, signature }: ParsedFingerprint): string[] {
  if (size < MIN_SHINGLES) return [];
  const keys: string[] = [];
  for (let band = 0; band < BAND_COUNT; band++) {
    let key = band.toString(16).padStart(2, '0') + ':';
    let empty = true;
    for (let row = 0; row < BAND_ROWS; row++) {
      const slot = signature[band * BAND_ROWS + row] as number;
      if (slot !== EMPTY_SLOT) empty = false;
      key += slot.toString(16).padStart(8, '0');
    }
    if (!empty) keys.push(key);
  }
  return keys;
}
