import { describe, expect, it } from 'vitest';
import { buildEvalSet, cutAtWord, HEADLINE, loadEvalSet, SUMMARY } from '../src/language/evaluation/eval-set';

describe('language evaluation set', () => {
  const shipped = loadEvalSet();

  it('matches what the builder makes from the data files', () => {
    expect(shipped).toEqual(buildEvalSet());
  });

  it('covers at least 20 languages at both lengths, all core languages included', () => {
    const headlineLanguages = new Set(shipped.filter((t) => t.kind === 'headline').map((t) => t.lang));
    const summaryLanguages = new Set(shipped.filter((t) => t.kind === 'summary').map((t) => t.lang));
    expect(headlineLanguages.size).toBeGreaterThanOrEqual(20);
    expect(summaryLanguages.size).toBeGreaterThanOrEqual(20);
    for (const lang of ['lt', 'en', 'ru', 'pl', 'uk', 'fr', 'de', 'es', 'it', 'ar']) {
      expect(headlineLanguages.has(lang)).toBe(true);
      expect(summaryLanguages.has(lang)).toBe(true);
    }
  });

  it('keeps texts within their length band, with a unique id, an origin and a split', () => {
    const outOfBand = shipped.filter((text) => {
      const band = text.kind === 'headline' ? HEADLINE : SUMMARY;
      return text.text.length < band.min || text.text.length > band.max;
    });
    expect(outOfBand).toEqual([]);
    expect(shipped.filter((text) => !/^[\w.-]+\.jsonl#/.test(text.origin))).toEqual([]);
    expect(shipped.filter((text) => text.split !== 'tune' && text.split !== 'holdout')).toEqual([]);
    expect(new Set(shipped.map((text) => text.id)).size).toBe(shipped.length);
    const holdout = shipped.filter((t) => t.split === 'holdout').length / shipped.length;
    expect(holdout).toBeGreaterThan(0.2);
    expect(holdout).toBeLessThan(0.4);
  });

  it('cuts at word boundaries', () => {
    expect(cutAtWord('Migrantų krizė prie Baltarusijos sienos tęsiasi', 30)).toBe('Migrantų krizė prie');
    expect(cutAtWord('short', 30)).toBe('short');
  });
});
