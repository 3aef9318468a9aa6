// Quality gate on the labelled set (data/labelled/items.jsonl, labels assigned by reading).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listTopics, loadTopicModel, TOPIC_MODEL_PATH, type TopicModel } from '../src/tagging';
import {
  batchesOf,
  batchNumber,
  compareReaders,
  evaluateTagging,
  loadLabelled,
  loadSecondReadings,
  trainLabelledTopicModel,
} from '../src/tagging/evaluate';

const items = loadLabelled();
/**
 * Batch 12 on: each measured once when it joined, before anyone looked at it (docs/taxonomy.md,
 * "Figures"); the batches before it are what the rules were tuned on.
 */
const LATER = batchesOf(items).filter((b) => batchNumber(b) >= 12);
/** Batch 15 on: labelled by outside readers, each read a second time (second-reader.jsonl). */
const isOutside = (batch: string | undefined) => batchNumber(batch) >= 15;
/** The rules alone: the shipped topic model was trained on these items and knows their labels. */
const RULES = { topicModel: null };
/** The newest batches, kept out of a model's training to judge it (as the bench does). */
const JUDGED = ['b29', 'b30', 'b31', 'b32'];

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

  // Topics are a regression floor here, not the target: the set holds batches measured once on
  // unseen text (b12 on: P about 0.66-0.86, R 0.63-0.82; b15 on labelled by outside readers), which
  // pull it below P 0.9 (docs/taxonomy.md, "Figures"). The floor is kept on the items up to b28
  // (0.836 / 0.806 today), so that a batch joining later moves no floor; a change to the tagger that
  // loses ground there fails. With b29-b32 the whole set is at 0.835 / 0.790.
  it('keeps topic precision and recall on the items up to b28 at least where they are (0.83, 0.80)', () => {
    const e = evaluateTagging(
      items.filter((i) => !(batchNumber(i.batch) > 28)),
      RULES,
    );
    expect(e.topics.precision).toBeGreaterThanOrEqual(0.83);
    expect(e.topics.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('reaches precision >= 0.9 and recall >= 0.8 for topics on the batches tuned on (up to b11)', () => {
    const tuned = items.filter((i) => !LATER.includes(i.batch ?? ''));
    const e = evaluateTagging(tuned, RULES);
    expect(e.topics.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.topics.recall).toBeGreaterThanOrEqual(0.8);
  });

  // The learned second opinion (src/tagging/learned.ts) is judged only on batches it was not
  // trained on: trained without b29-b32, it must add recall there at about the rules' precision
  // (measured: rules 0.824 / 0.689, with the model 0.821 / 0.718).
  it("adds topic recall on batches its model was not trained on, at about the rules' precision", () => {
    const judged = items.filter((i) => JUDGED.includes(i.batch ?? ''));
    const rules = evaluateTagging(judged, RULES).topics;
    const topicModel = loadTopicModel(trainLabelledTopicModel(items, JUDGED));
    const both = evaluateTagging(judged, { topicModel }).topics;
    expect(both.recall).toBeGreaterThanOrEqual(rules.recall + 0.02);
    expect(both.precision).toBeGreaterThanOrEqual(rules.precision - 0.01);
  }, 60_000);

  // Training is deterministic; floating point may differ in its last bits between Node versions,
  // so a handful of weights at the pruning edge may differ, and no more.
  it('ships the topic model that the labelled set trains (npm run train:topics)', () => {
    const shipped = JSON.parse(readFileSync(TOPIC_MODEL_PATH, 'utf8')) as TopicModel;
    const trained = trainLabelledTopicModel(items);
    expect(shipped.topics).toEqual(trained.topics);
    expect(shipped.threshold).toBe(trained.threshold);
    expect(shipped.trainedOn).toEqual(trained.trainedOn);
    let differ = 0;
    trained.topics.forEach((_, t) => {
      const asMap = (kept: number[]) => new Map(kept.flatMap((x, k) => (k % 2 ? [] : [[x, kept[k + 1]!]])));
      const a = asMap(shipped.weights[t]!);
      const b = asMap(trained.weights[t]!);
      for (const bucket of new Set([...a.keys(), ...b.keys()])) {
        if (Math.abs((a.get(bucket) ?? 0) - (b.get(bucket) ?? 0)) > 1e-3) differ++;
      }
      if (Math.abs(shipped.bias[t]! - trained.bias[t]!) > 1e-3) differ++;
    });
    expect(differ, 'data/models/topics.json is stale: run npm run train:topics').toBeLessThanOrEqual(20);
  }, 60_000);

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
