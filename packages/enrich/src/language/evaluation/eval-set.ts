// The labelled evaluation set: news-like texts at headline length (20-90 characters) and summary
// length (150-300), built deterministically from the real texts in data/langeval. Each text keeps
// the file and record it came from, and half of the sources are held out from weight tuning.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type TextKind = 'headline' | 'summary';
export type Split = 'tune' | 'holdout';

export interface EvalText {
  id: string;
  lang: string;
  kind: TextKind;
  text: string;
  /** Data file and record the text was cut from. */
  origin: string;
  split: Split;
}

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../data/langeval');
export const EVAL_SET_FILE = join(DATA_DIR, 'eval-set.jsonl');

export const HEADLINE = { min: 20, max: 90 } as const;
export const SUMMARY = { min: 150, max: 300 } as const;

interface Sentence {
  text: string;
  lang: string;
}
interface NewsRecord {
  id: string | number;
  lang: string;
  title: string;
  description: string | null;
}

/** Cuts a text at the last word boundary at or before `max` characters. */
export function cutAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max + 1);
  const space = head.lastIndexOf(' ');
  const cut = space > max / 2 ? head.slice(0, space) : clean.slice(0, max);
  return cut.replace(/[\s,;:–—-]+$/u, '');
}

/** Holds out about 30% of records, chosen by a hash of their id (stable across runs). */
export function chooseSplit(key: string): Split {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return (hash >>> 0) % 10 < 3 ? 'holdout' : 'tune';
}

function readJsonLines<T>(file: string): T[] {
  return readFileSync(join(DATA_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** Headlines from even-numbered sentences, summaries from runs of odd-numbered ones. */
function buildFromSentences(file: string): EvalText[] {
  const byLanguage = new Map<string, Sentence[]>();
  for (const sentence of readJsonLines<Sentence>(file)) {
    const list = byLanguage.get(sentence.lang) ?? [];
    list.push(sentence);
    byLanguage.set(sentence.lang, list);
  }
  const texts: EvalText[] = [];
  for (const [lang, sentences] of byLanguage) {
    let pending: number[] = [];
    sentences.forEach((sentence, index) => {
      const origin = `${file}#${lang}-${index}`;
      if (index % 2 === 0) {
        const text = cutAtWord(sentence.text, HEADLINE.max);
        if (text.length >= HEADLINE.min) {
          const id = `${lang}-s${index}`;
          texts.push({ id, lang, kind: 'headline', text, origin, split: chooseSplit(id) });
        }
        return;
      }
      pending.push(index);
      const joined = pending.map((i) => sentences[i]?.text ?? '').join(' ');
      if (joined.length < SUMMARY.min) return;
      const id = `${lang}-s${pending.join('+')}`;
      const text = cutAtWord(joined, SUMMARY.max);
      texts.push({
        id,
        lang,
        kind: 'summary',
        text,
        origin: `${file}#${lang}-${pending.join('+')}`,
        split: chooseSplit(id),
      });
      pending = [];
    });
  }
  return texts;
}

/** News APIs append " - Source name" to titles; feeds do not, so the suffix is dropped. */
function dropSourceSuffix(title: string): string {
  const at = title.lastIndexOf(' - ');
  return at > 10 ? title.slice(0, at) : title;
}

/** A headline from each title, and a summary (title + description) where both are long enough. */
function buildFromNews(file: string, hasSourceSuffix: boolean): EvalText[] {
  const texts: EvalText[] = [];
  for (const record of readJsonLines<NewsRecord>(file)) {
    const title = hasSourceSuffix ? dropSourceSuffix(record.title) : record.title;
    const origin = `${file}#${record.id}`;
    const split = chooseSplit(`${file}#${record.id}`);
    const headline = cutAtWord(title, HEADLINE.max);
    if (headline.length >= HEADLINE.min) {
      texts.push({
        id: `${record.id}-h`,
        lang: record.lang,
        kind: 'headline',
        text: headline,
        origin,
        split,
      });
    }
    const description = record.description?.trim() ?? '';
    const joined = `${title.replace(/[.!?…]*$/u, '')}. ${description}`;
    if (description.length >= 40 && joined.length >= SUMMARY.min) {
      const text = cutAtWord(joined, SUMMARY.max);
      texts.push({ id: `${record.id}-s`, lang: record.lang, kind: 'summary', text, origin, split });
    }
  }
  return texts;
}

/** Builds the whole set from the data files (what eval-set.jsonl holds). */
export function buildEvalSet(): EvalText[] {
  return [
    ...buildFromSentences('lingua-sentences.jsonl'),
    ...buildFromNews('babel-briefings-sample.jsonl', true),
    ...buildFromNews('liga-net-rss-2021-08.jsonl', false),
    ...buildFromNews('reliefweb-emm-titles.jsonl', false),
  ];
}

/** Reads the shipped set. */
export function loadEvalSet(): EvalText[] {
  return readFileSync(EVAL_SET_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalText);
}
