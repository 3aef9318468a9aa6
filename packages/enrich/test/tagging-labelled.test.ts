// Quality gate on the labelled set (data/labelled/items.jsonl, labels assigned by reading).
import { describe, expect, it } from 'vitest';
import { evaluateTagging, loadLabelled } from '../src/tagging/evaluate';

const items = loadLabelled();

describe('labelled set', () => {
  it('has at least 300 items in lt, en, ru and pl with provenance', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    for (const lang of ['lt', 'en', 'ru', 'pl']) expect(items.some((i) => i.language === lang)).toBe(true);
    expect(items.some((i) => i.split === 'heldout')).toBe(true);
  });

  it('records where every later item was found, once per URL', () => {
    const later = items.filter((i) => i.batch);
    expect(later.length).toBeGreaterThanOrEqual(180);
    for (const lang of ['lt', 'en', 'ru', 'pl'])
      expect(later.filter((i) => i.language === lang).length).toBeGreaterThan(30);
    const urls = later.map((i) => (i.provenance as { url?: string } | undefined)?.url ?? '');
    expect(urls.every((u) => /^https?:\/\//.test(u))).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('reaches precision >= 0.9 and recall >= 0.8 for countries', () => {
    const e = evaluateTagging(items);
    expect(e.countries.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.countries.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('reaches precision >= 0.9 and recall >= 0.8 for topics', () => {
    const e = evaluateTagging(items);
    expect(e.topics.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.topics.recall).toBeGreaterThanOrEqual(0.8);
  });
});
