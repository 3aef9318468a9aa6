// Quality gate on the labelled set (data/labelled/items.jsonl, labels assigned by reading).
import { describe, expect, it } from 'vitest';
import { listTopics } from '../src/tagging';
import {
  batchesOf,
  batchNumber,
  compareReaders,
  evaluateTagging,
  loadLabelled,
  loadSecondReadings,
} from '../src/tagging/evaluate';

const items = loadLabelled();
/**
 * Batch 12 on: each measured once when it joined, before anyone looked at it (docs/taxonomy.md,
 * "Figures"); the batches before it are what the rules were tuned on.
 */
const LATER = batchesOf(items).filter((b) => batchNumber(b) >= 12);
/** Batch 15 on: labelled by outside readers, each read a second time (second-reader.jsonl). */
const isOutside = (batch: string | undefined) => batchNumber(batch) >= 15;

describe('labelled set', () => {
  it('has at least 300 items in lt, en, ru and pl with provenance', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    for (const lang of ['lt', 'en', 'ru', 'pl']) expect(items.some((i) => i.language === lang)).toBe(true);
    expect(items.some((i) => i.split === 'heldout')).toBe(true);
  });

  it('names its later batches in the order they joined', () => {
    expect(batchesOf(items).slice(0, 3)).toEqual(['b5-tune', 'b5-judge', 'b6']);
    expect(batchNumber('b5-tune')).toBe(5);
    expect(batchNumber('b12')).toBe(12);
    expect(batchNumber('dev')).toBeNaN();
    expect(LATER.slice(0, 2)).toEqual(['b12', 'b13']);
    expect(LATER.length).toBeGreaterThanOrEqual(15);
    expect(items.filter((i) => isOutside(i.batch)).length).toBeGreaterThanOrEqual(990);
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

  it('reaches precision >= 0.9 and recall >= 0.8 for countries on the batches measured once (b12 on)', () => {
    const e = evaluateTagging(items.filter((i) => LATER.includes(i.batch ?? '')));
    expect(e.countries.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.countries.recall).toBeGreaterThanOrEqual(0.8);
  });

  // Topics over the whole set are a regression floor, not the target: the set now holds batches
  // measured once on unseen text (b12-b28: P about 0.66-0.86, R 0.65-0.82; b15-b28 labelled by
  // outside readers), which pull the whole set below P 0.9 (docs/taxonomy.md, "Figures"). A change
  // that loses ground fails here. (With b27 and b28 added the whole set is at 0.836 / 0.806.)
  it('keeps topic precision and recall over the whole set at least where they are (0.83, 0.80)', () => {
    const e = evaluateTagging(items);
    expect(e.topics.precision).toBeGreaterThanOrEqual(0.83);
    expect(e.topics.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('reaches precision >= 0.9 and recall >= 0.8 for topics on the batches tuned on (up to b11)', () => {
    const tuned = items.filter((i) => !LATER.includes(i.batch ?? ''));
    const e = evaluateTagging(tuned);
    expect(e.topics.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.topics.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('has a second reading of every outside reader batch (b15 on), with known labels', () => {
    const second = loadSecondReadings();
    const byId = new Map(items.map((i) => [i.id, i]));
    const slugs = new Set(listTopics().map((t) => t.slug));
    for (const s of second) {
      expect(isOutside(byId.get(s.id)?.batch)).toBe(true);
      for (const t of s.topics) expect(slugs.has(t)).toBe(true);
      for (const c of s.countries) expect(c).toMatch(/^[A-Z]{3}$/);
    }
    const outside = items.filter((i) => isOutside(i.batch));
    expect(new Set(second.map((s) => s.id))).toEqual(new Set(outside.map((i) => i.id)));
  });

  it('scores two readers against each other the way the tagger is scored', () => {
    const some = items.filter((i) => i.batch === 'b15').slice(0, 5);
    const same = compareReaders(
      some,
      some.map((i) => ({ id: i.id, topics: i.topics, countries: i.countries })),
    );
    expect(same.items).toBe(5);
    expect(same.readers.topics.counts.fp + same.readers.topics.counts.fn).toBe(0);
    const first = some[0]!;
    const off = compareReaders(
      [first],
      [{ id: first.id, topics: [...first.topics.slice(1), 'trafficking'], countries: [] }],
    );
    expect(off.readers.topics.counts.fn).toBe(first.topics.includes('trafficking') ? 0 : 1);
    expect(off.readers.countries.counts.fn).toBe(first.countries.length);
    // The tagger's side is the same whichever reader it is scored against when they agree.
    expect(same.taggerVsFirst).toEqual(same.taggerVsSecond);
  });
});
