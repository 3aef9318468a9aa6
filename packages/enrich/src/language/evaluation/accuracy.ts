// Accuracy of a detector on labelled texts, overall and per language, and the plain-franc
// baseline the bench compares against.
import { franc } from 'franc';
import { FRANC_TO_ISO1 } from '../languages';
import type { EvalText } from './eval-set';

/** The languages the targets are set on. */
export const CORE_LANGUAGES = ['lt', 'en', 'ru', 'pl', 'uk', 'fr', 'de', 'es', 'it', 'ar'] as const;

export interface Tally {
  n: number;
  correct: number;
}

export interface Accuracy {
  overall: Tally;
  core: Tally;
  byLanguage: Map<string, Tally>;
}

export type Guess = (text: EvalText) => string;

/** franc as it comes: every language it knows, its default minimum length, codes mapped to ISO 639-1. */
export function guessWithPlainFranc(text: EvalText): string {
  const code = franc(text.text);
  return FRANC_TO_ISO1[code] ?? code;
}

/** Counts right guesses per language and over the core languages. */
export function measureAccuracy(texts: readonly EvalText[], guess: Guess): Accuracy {
  const core = new Set<string>(CORE_LANGUAGES);
  const result: Accuracy = {
    overall: { n: 0, correct: 0 },
    core: { n: 0, correct: 0 },
    byLanguage: new Map(),
  };
  for (const text of texts) {
    const right = guess(text) === text.lang ? 1 : 0;
    const tally = result.byLanguage.get(text.lang) ?? { n: 0, correct: 0 };
    tally.n++;
    tally.correct += right;
    result.byLanguage.set(text.lang, tally);
    result.overall.n++;
    result.overall.correct += right;
    if (core.has(text.lang)) {
      result.core.n++;
      result.core.correct += right;
    }
  }
  return result;
}

/** Percentage with one decimal, `-` for no texts. */
export function formatPercent(tally: Tally | undefined): string {
  if (!tally || tally.n === 0) return '-';
  return ((100 * tally.correct) / tally.n).toFixed(1);
}

export function percent(tally: Tally): number {
  return tally.n === 0 ? 0 : (100 * tally.correct) / tally.n;
}
