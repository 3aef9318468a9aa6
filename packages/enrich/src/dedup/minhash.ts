// MinHash over word shingles: a fixed-size signature whose slot-wise agreement estimates the
// Jaccard similarity of two texts' shingle sets. Pure and deterministic, so a fingerprint
// computed today still compares with one stored last year.
import { tokenise } from './normalise';

/**
 * Number of hash functions (signature slots). 256 keeps the standard error of a Jaccard estimate
 * near 0.03; with 128 the estimates of hard negatives (successive daily reports) came within
 * noise of the threshold.
 */
export const SIGNATURE_SIZE = 256;
/** Words per shingle; chosen on the labelled pairs (see docs/enrichment.md). */
export const SHINGLE_SIZE = 5;
/** Whether numbers get extra context shingles (see `hashShingles`). */
export const NUMBER_CONTEXT = true;
const DIGIT = /\p{N}/u;

const EMPTY_SLOT = 0xffffffff;
const SEEDS = makeSeeds(SIGNATURE_SIZE, 0x2545f491);
// Odd multipliers, so each slot's map is a bijection of 32-bit values.
const MULTIPLIERS = makeSeeds(SIGNATURE_SIZE, 0x6a09e667).map((m) => m | 1);

function makeSeeds(count: number, start: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = start;
  for (let i = 0; i < count; i++) {
    state = mix32(state + 0x9e3779b9);
    seeds[i] = state;
  }
  return seeds;
}

/** MurmurHash3's finaliser: a cheap bijective mix of 32 bits. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashToken(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Hashes of the text's word shingles; a text shorter than one shingle is one shingle. Each
 * number also adds a shingle with the word before and one with the word after it: numbers and
 * dates are what tell one daily report or quarterly release from the next, so they weigh more.
 */
export function hashShingles(text: string, size = SHINGLE_SIZE, numberWeight = NUMBER_CONTEXT): Set<number> {
  return hashTokenShingles(tokenise(text), size, numberWeight);
}

/** `hashShingles` for text already split by `tokenise`. */
export function hashTokenShingles(
  tokens: string[],
  size = SHINGLE_SIZE,
  numberWeight = NUMBER_CONTEXT,
): Set<number> {
  const tokenHashes = tokens.map(hashToken);
  const shingles = new Set<number>();
  const last = Math.max(0, tokenHashes.length - size);
  for (let start = 0; start <= last && start < tokenHashes.length; start++) {
    shingles.add(hashRun(tokenHashes, start, Math.min(start + size, tokenHashes.length), 0x9747b28c));
  }
  if (numberWeight) {
    for (let i = 0; i < tokens.length; i++) {
      if (!DIGIT.test(tokens[i] as string)) continue;
      if (i > 0) shingles.add(hashRun(tokenHashes, i - 1, i + 1, 0x5bd1e995));
      if (i + 1 < tokens.length) shingles.add(hashRun(tokenHashes, i, i + 2, 0x1b873593));
    }
  }
  return shingles;
}

function hashRun(tokenHashes: number[], start: number, end: number, seed: number): number {
  let h = seed;
  for (let i = start; i < end; i++) h = mix32(Math.imul(h, 31) ^ (tokenHashes[i] as number));
  return h;
}

/**
 * The MinHash signature of a set of shingle hashes (all slots EMPTY_SLOT for an empty set). Slot
 * i orders shingles by ((x ^ seed_i) * odd_i) with a final xor-shift: one multiply per slot,
 * which is enough because the shingle hashes x are already well mixed.
 */
export function signShingles(shingles: Set<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE);
  if (shingles.size === 0) return signature.fill(EMPTY_SLOT);
  const values = Int32Array.from(shingles);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const seed = SEEDS[i] as number;
    const multiplier = MULTIPLIERS[i] as number;
    // Compared as signed 32-bit integers: any fixed order works for MinHash, and this one keeps
    // the loop in small-integer arithmetic.
    let min = 0x7fffffff;
    for (let j = 0; j < values.length; j++) {
      let v = Math.imul((values[j] as number) ^ seed, multiplier);
      v ^= v >>> 15;
      if (v < min) min = v;
    }
    signature[i] = min;
  }
  return signature;
}

/** Share of slots on which two signatures agree: an estimate of Jaccard similarity. */
export function compareSignatures(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError('signatures differ in size');
  let same = 0;
  let empty = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) {
      same++;
      if (a[i] === EMPTY_SLOT) empty++;
    }
  }
  // Two empty texts share nothing worth clustering on.
  return empty === a.length ? 0 : same / a.length;
}
