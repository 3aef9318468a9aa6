// The learned second opinion on topics: training, loading, and how tagText uses it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  itemFeatures,
  loadTopicModel,
  readTopicModel,
  shippedTopicModel,
  type TopicModel,
  type TrainingExample,
  tagText,
  topicProbabilities,
  trainTopicModel,
} from '../src/tagging';

const TOPICS = ['deaths-and-search-and-rescue', 'visas-and-residence'];

/** Forty short items: boats capsizing, visa rules, and other news with neither. */
function examples(): TrainingExample[] {
  const places = [
    'Lampedusa',
    'Crete',
    'Libya',
    'Tunisia',
    'Malta',
    'Lesbos',
    'Ceuta',
    'Calais',
    'Dover',
    'Samos',
  ];
  return places.flatMap((place, i) => [
    { title: `Boat capsized off ${place}, ${i + 3} drowned`, language: 'en', topics: [TOPICS[0]!] },
    { title: `New visa rules for workers in ${place}`, language: 'en', topics: [TOPICS[1]!] },
    { title: `Harbour of ${place} reopens after storm`, language: 'en', topics: [] },
    { title: `Football club of ${place} wins the cup`, language: 'en', topics: [] },
  ]);
}

describe('topic model', () => {
  it('learns topics from labelled examples and reads them in new items', () => {
    const loaded = loadTopicModel(trainTopicModel(examples(), TOPICS, { prune: 0 }));
    const [deaths, visas] = topicProbabilities(loaded, {
      title: 'Boat capsized near Sicily, many drowned',
      language: 'en',
    });
    expect(deaths).toBeGreaterThan(0.5);
    expect(visas).toBeLessThan(0.3);
    const [deaths2, visas2] = topicProbabilities(loaded, {
      title: 'Visa rules change for workers',
      language: 'en',
    });
    expect(visas2).toBeGreaterThan(0.5);
    expect(deaths2).toBeLessThan(0.3);
  });

  it('trains the same model from the same examples', () => {
    const a = trainTopicModel(examples(), TOPICS);
    const b = trainTopicModel(examples(), TOPICS);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('gives a topic with fewer than three examples no weights', () => {
    const model = trainTopicModel(examples().slice(0, 9), TOPICS, { prune: 0 });
    // Nine items hold three boat examples and two visa examples: too few to learn visas from.
    expect(model.weights[1]).toEqual([]);
    expect(model.weights[0]!.length).toBeGreaterThan(0);
  });

  it('counts every feature once and scales the item to length 1, so a long summary does not outweigh the title', () => {
    const { buckets, value } = itemFeatures({
      title: 'Asylum',
      summary: 'word '.repeat(500),
      language: 'en',
    });
    expect(new Set(buckets).size).toBe(buckets.length);
    // The language, "asylum" as a word and as a title word, "word", and the pair "word word".
    expect(buckets).toHaveLength(5);
    expect(Math.sqrt(buckets.length * value * value)).toBeCloseTo(1, 6);
  });

  it('names the file when a model file cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mipas-model-'));
    const path = join(dir, 'topics.json');
    writeFileSync(path, '{"version":1,"topics":["a"],"bias":[0],"weights":[[1]]}');
    expect(() => readTopicModel(path)).toThrow(`${path}: topic model: the weights of a are not pairs`);
    writeFileSync(path, '{"version":1,');
    expect(() => readTopicModel(path)).toThrow(path);
    rmSync(dir, { recursive: true });
  });

  it('refuses a broken model file, naming what is wrong', () => {
    const good = trainTopicModel(examples(), TOPICS);
    const broken = (change: (m: TopicModel) => unknown) => {
      const m = structuredClone(good) as TopicModel;
      change(m);
      return () => loadTopicModel(m);
    };
    expect(broken((m) => Object.assign(m, { version: 2 }))).toThrow(/version 2/);
    expect(broken((m) => m.bias.pop())).toThrow(/topics and bias/);
    expect(broken((m) => m.weights[0]!.push(5))).toThrow(/not pairs/);
    expect(broken((m) => m.weights[0]!.push(1 << 20, 0.5))).toThrow(/out of range/);
  });
});

describe('tagText with a topic model', () => {
  const model = loadTopicModel(trainTopicModel(examples(), TOPICS, { prune: 0, threshold: 0.5 }));

  it('adds a confident topic the rules did not give, with origin "model"', () => {
    // The rules tag deaths here; the model, which reads deaths too, adds no second deaths tag.
    const boat = tagText(
      { title: 'Migrant boat capsized off Malta, 7 drowned', language: 'en' },
      { topicModel: model },
    );
    const deaths = boat.topics.filter((t) => t.id === 'deaths-and-search-and-rescue');
    expect(deaths.map((t) => t.origin)).toEqual(['rule']);
    // "New ... rules for workers in <place>" is this model's visa pattern; the rules read no visa.
    const title = 'New rules for migrant workers in Malta';
    const rules = tagText({ title, language: 'en' }, { topicModel: null }).topics;
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.map((t) => t.id)).not.toContain('visas-and-residence');
    const learned = tagText({ title, language: 'en' }, { topicModel: model }).topics.find(
      (t) => t.id === 'visas-and-residence',
    );
    expect(learned?.origin).toBe('model');
    expect(learned?.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('adds nothing to an item the rules find no topic in', () => {
    // The same visa pattern, but nothing in it is about migration.
    const title = 'New rules for workers in Malta';
    expect(topicProbabilities(model, { title, language: 'en' })[1]).toBeGreaterThanOrEqual(0.5);
    expect(tagText({ title, language: 'en' }, { topicModel: model }).topics).toEqual([]);
  });

  it('uses the shipped model by default, and none with topicModel: null', () => {
    expect(shippedTopicModel()).not.toBeNull();
    const input = { title: 'Harbour reopens after the storm', language: 'en' };
    expect(tagText(input, { topicModel: null }).topics.every((t) => t.origin === 'rule')).toBe(true);
    expect(shippedTopicModel()!.model.topics).toHaveLength(26);
  });
});
