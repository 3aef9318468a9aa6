// The labelled pairs in data/dedup-pairs: the shipped threshold must reach the precision and
// recall the project promises, and the threshold rule must pick it from the calibration half.
import { describe, expect, it } from 'vitest';
import { DUPLICATE_THRESHOLD } from '../src/dedup';
import {
  chooseThreshold,
  loadLabelledPairs,
  measure,
  REWRITE_KINDS,
  scorePairs,
  splitPairs,
} from '../src/dedup/labelled-pairs';

const { texts, pairs } = loadLabelledPairs();
const scored = scorePairs(texts, pairs);
const textReuse = scored.filter((p) => !REWRITE_KINDS.includes(p.kind));

describe('labelled duplicate pairs', () => {
  it('hold both labels, hard negatives and provenance for every text', () => {
    expect(textReuse.filter((p) => p.label === 1).length).toBeGreaterThanOrEqual(25);
    expect(textReuse.filter((p) => p.label === 0).length).toBeGreaterThanOrEqual(40);
    for (const text of texts.values())
      expect((text as unknown as { provenance: string }).provenance).toBeTruthy();
  });

  it('ship the threshold the rule picks on all pairs', () => {
    expect(chooseThreshold(textReuse)).toBe(DUPLICATE_THRESHOLD);
  });

  it('reach precision >= 0.95 and recall >= 0.85 at the shipped threshold', () => {
    const m = measure(textReuse, DUPLICATE_THRESHOLD);
    expect(m.precision).toBeGreaterThanOrEqual(0.95);
    expect(m.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('reach the same on the held-out half with the threshold chosen on the calibration half', () => {
    const { calibration, heldOut } = splitPairs(textReuse);
    const threshold = chooseThreshold(calibration);
    expect(Math.abs(threshold - DUPLICATE_THRESHOLD)).toBeLessThanOrEqual(0.05 + 1e-9);
    const m = measure(heldOut, threshold);
    expect(m.precision).toBeGreaterThanOrEqual(0.95);
    expect(m.recall).toBeGreaterThanOrEqual(0.85);
  });
});
