// LSH candidates: the band keys must bring every near-duplicate pair together before
// `similarity` confirms it, or the stores' story matching misses what the threshold would accept.
import { describe, expect, it } from 'vitest';
import { BAND_COUNT, bandKeys } from '../src/dedup/band-keys';
import { fingerprint, fingerprintText } from '../src/dedup/fingerprint';
import { loadLabelledPairs, scorePairs } from '../src/dedup/labelled-pairs';
import { DUPLICATE_THRESHOLD } from '../src/dedup/similarity';

describe('band keys on the labelled pairs', () => {
  const { texts, pairs } = loadLabelledPairs();
  const printOf = (id: string) => {
    const t = texts.get(id)!;
    return fingerprint(fingerprintText(t.title, t.text));
  };

  it('share a key for every pair the threshold calls a near duplicate', () => {
    const accepted = scorePairs(texts, pairs).filter((p) => p.score >= DUPLICATE_THRESHOLD);
    expect(accepted.length).toBeGreaterThan(20);
    const missed = accepted.filter((p) => {
      const keys = new Set(bandKeys(printOf(p.a)));
      return !bandKeys(printOf(p.b)).some((k) => keys.has(k));
    });
    expect(missed.map((p) => p.id)).toEqual([]);
  });

  it('give at most BAND_COUNT keys per text, each naming its band', () => {
    const keys = bandKeys(printOf(pairs[0]!.a));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.length).toBeLessThanOrEqual(BAND_COUNT);
    for (const key of keys) expect(Number.parseInt(key.slice(0, 2), 16)).toBeLessThan(BAND_COUNT);
  });
});
