// Scores tagText against the labelled set (data/labelled/items.jsonl): micro-averaged precision
// and recall for topics and countries, overall and per language. Used by the test and the bench.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listTopics } from './catalogue';
import { type TopicModel, trainTopicModel } from './learned';
import { type TagOptions, tagText } from './tag-text';

export interface LabelledItem {
  id: string;
  split: 'dev' | 'heldout';
  /** Later held-out batches: 'b5-tune', 'b5-judge' (batch 5 halves), 'b6', 'b7' (never tuned on). */
  batch?: string;
  language: string;
  title: string;
  summary: string;
  topics: string[];
  countries: string[];
  provenance?: Record<string, unknown>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  counts: Counts;
}

export interface Evaluation {
  items: number;
  topics: Scores;
  countries: Scores;
  byLanguage: Record<string, { items: number; topics: Scores; countries: Scores }>;
  errors: Array<{ id: string; kind: 'topic' | 'country'; missed: string[]; extra: string[] }>;
}

export function loadLabelled(): LabelledItem[] {
  return readLabelledLines<LabelledItem>('items.jsonl');
}

/** One JSON value a line from a file of data/labelled/. */
function readLabelledLines<T>(name: string): T[] {
  const path = fileURLToPath(new URL(`../../data/labelled/${name}`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** The later batches (b5-tune, b5-judge, b6, ...) in the order they joined the set. */
export function batchesOf(items: LabelledItem[]): string[] {
  return [...new Set(items.map((i) => i.batch).filter((b): b is string => !!b))];
}

/** A batch's number: "b12" is 12, "b5-tune" 5; NaN for anything else. */
export function batchNumber(batch: string | undefined): number {
  const m = /^b(\d+)(?:-|$)/.exec(batch ?? '');
  return m ? Number(m[1]) : Number.NaN;
}

export interface InflectionCase {
  language: string;
  code: string;
  text: string;
}

/** Case forms of country names (data/labelled/inflections.json, constructed from grammar tables). */
export function loadInflections(): InflectionCase[] {
  const path = fileURLToPath(new URL('../../data/labelled/inflections.json', import.meta.url));
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { cases: Record<string, Record<string, string[]>> };
  const out: InflectionCase[] = [];
  for (const [language, byCode] of Object.entries(raw.cases)) {
    for (const [code, forms] of Object.entries(byCode))
      for (const text of forms) out.push({ language, code, text });
  }
  return out;
}

/** The topic model as the labelled set trains it: every item, or all but `without`'s batches. */
export function trainLabelledTopicModel(items: LabelledItem[], without: string[] = []): TopicModel {
  const kept = items.filter((i) => !without.includes(i.batch ?? ''));
  return trainTopicModel(
    kept,
    listTopics().map((t) => t.slug),
    { without },
  );
}

/** `options.topicModel`: null scores the rules alone; default, the shipped model with them. */
export function evaluateTagging(items: LabelledItem[], options: TagOptions = {}): Evaluation {
  const total = { topics: zero(), countries: zero() };
  const perLang = new Map<string, { items: number; topics: Counts; countries: Counts }>();
  const errors: Evaluation['errors'] = [];
  for (const item of items) {
    const result = tagText({ title: item.title, summary: item.summary, language: item.language }, options);
    const lang = perLang.get(item.language) ?? { items: 0, topics: zero(), countries: zero() };
    lang.items++;
    perLang.set(item.language, lang);
    const pairs = [
      ['topic', item.topics, result.topics.map((t) => t.id), total.topics, lang.topics],
      ['country', item.countries, result.countries.map((t) => t.id), total.countries, lang.countries],
    ] as const;
    for (const [kind, expected, got, sum, langSum] of pairs) {
      const missed = expected.filter((x) => !got.includes(x));
      const extra = got.filter((x) => !expected.includes(x));
      const tp = expected.length - missed.length;
      for (const c of [sum, langSum]) {
        c.tp += tp;
        c.fp += extra.length;
        c.fn += missed.length;
      }
      if (missed.length || extra.length) errors.push({ id: item.id, kind, missed, extra });
    }
  }
  const byLanguage: Evaluation['byLanguage'] = {};
  for (const [lang, c] of perLang) {
    byLanguage[lang] = { items: c.items, topics: scoresOf(c.topics), countries: scoresOf(c.countries) };
  }
  return {
    items: items.length,
    topics: scoresOf(total.topics),
    countries: scoresOf(total.countries),
    byLanguage,
    errors,
  };
}

function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** With nothing predicted (or nothing expected) the ratio is taken as 1: no wrong tag was made. */
function scoresOf(c: Counts): Scores {
  return {
    precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
    counts: { ...c },
  };
}

/** A second reader's labels of an item of the labelled set (data/labelled/second-reader.jsonl). */
export interface SecondReading {
  id: string;
  topics: string[];
  countries: string[];
}

/**
 * Labels given by a second reader, independently (same two rules and topic names, without seeing
 * the first reader's labels), to the items of the batches labelled by outside readers: how far two
 * readers agree is what a tagger can hope to agree with either.
 */
export function loadSecondReadings(): SecondReading[] {
  return readLabelledLines<SecondReading>('second-reader.jsonl');
}

export interface ReaderAgreement {
  items: number;
  /** The second reader scored against the first, as the tagger is. */
  readers: { topics: Scores; countries: Scores };
  /** The tagger against the first reader and against the second. */
  taggerVsFirst: { topics: Scores; countries: Scores };
  taggerVsSecond: { topics: Scores; countries: Scores };
}

/** Agreement between the two readers, and of the tagger with each, over the items both labelled. */
export function compareReaders(
  items: LabelledItem[],
  second: SecondReading[],
  options: TagOptions = {},
): ReaderAgreement {
  const byId = new Map(second.map((s) => [s.id, s]));
  const c = {
    readers: { topics: zero(), countries: zero() },
    taggerVsFirst: { topics: zero(), countries: zero() },
    taggerVsSecond: { topics: zero(), countries: zero() },
  };
  let n = 0;
  for (const item of items) {
    const other = byId.get(item.id);
    if (!other) continue;
    n++;
    const r = tagText({ title: item.title, summary: item.summary, language: item.language }, options);
    const tagged = { topics: r.topics.map((t) => t.id), countries: r.countries.map((t) => t.id) };
    for (const kind of ['topics', 'countries'] as const) {
      count(c.readers[kind], other[kind], item[kind]);
      count(c.taggerVsFirst[kind], tagged[kind], item[kind]);
      count(c.taggerVsSecond[kind], tagged[kind], other[kind]);
    }
  }
  const scored = (x: { topics: Counts; countries: Counts }) => ({
    topics: scoresOf(x.topics),
    countries: scoresOf(x.countries),
  });
  return {
    items: n,
    readers: scored(c.readers),
    taggerVsFirst: scored(c.taggerVsFirst),
    taggerVsSecond: scored(c.taggerVsSecond),
  };
}

function count(c: Counts, got: readonly string[], expected: readonly string[]): void {
  const want = new Set(expected);
  const have = new Set(got);
  for (const x of have) want.has(x) ? c.tp++ : c.fp++;
  for (const x of want) if (!have.has(x)) c.fn++;
}
