import { eld } from 'eld/extrasmall';
import { describe, expect, it } from 'vitest';
import { loadEldScorer } from '../src/language/eld-model';
import { loadEvalSet } from '../src/language/evaluation/eval-set';

// The scorer re-implements eld's detect() over eld's own tables; it must agree with eld.
describe('EldScorer', () => {
  it('gives the same per-language scores as eld detect() on the evaluation texts', () => {
    const scorer = loadEldScorer('extrasmall');
    const texts = loadEvalSet()
      .filter((_, i) => i % 12 === 0)
      .map((t) => t.text);
    texts.push('', '12345', 'a', 'Žalgiris', `${'ž'.repeat(80)} long word`, '😀 emoji 𝄞 text');
    const mismatches: string[] = [];
    for (const text of texts) {
      const expected = eld.detect(text).getScores();
      const actual = Object.fromEntries([...scorer.score(text)].map(([lang, s]) => [lang, s / (s + 25)]));
      const keys = Object.keys(expected).sort();
      const same =
        keys.join() === Object.keys(actual).sort().join() &&
        keys.every((key) => Math.abs((expected[key] ?? 0) - (actual[key] ?? 0)) < 1e-9);
      if (!same) mismatches.push(text);
    }
    expect(texts.length).toBeGreaterThan(400);
    expect(mismatches).toEqual([]);
  });
});
