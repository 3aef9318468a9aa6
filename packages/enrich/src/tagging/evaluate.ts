// Scores tagText against the labelled set (data/labelled/items.jsonl): micro-averaged precision
// and recall for topics and countries, overall and per language. Used by the test and the bench.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tagText } from './tag-text';

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
  const path = fileURLToPath(new URL('../../data/labelled/items.jsonl', import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledItem);
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

export function evaluateTagging(items: LabelledItem[]): Evaluation {
  const total = { topics: zero(), countries: zero() };
  const perLang = new Map<string, { items: number; topics: Counts; countries: Counts }>();
  const errors: Evaluation['errors'] = [];
  for (const item of items) {
    const result = tagText({ title: item.title, summary: item.summary, language: item.language });
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
