// franc's trigram model, limited to the candidate languages.
import { francAll } from 'franc';
import { FRANC_TO_ISO1, listFrancCodes } from './languages';
import type { Scores } from './types';

const onlyLists = new Map<string, string[]>();

/** franc's per-language scores (0..1, best = 1), keyed by ISO 639-1. */
export function scoreWithFranc(text: string, candidates: readonly string[]): Scores {
  const key = candidates.join(',');
  let only = onlyLists.get(key);
  if (!only) {
    only = listFrancCodes(candidates);
    onlyLists.set(key, only);
  }
  const scores: Scores = new Map();
  for (const [code, score] of francAll(text, { only, minLength: 3 })) {
    const language = FRANC_TO_ISO1[code];
    if (language && score > (scores.get(language) ?? 0)) scores.set(language, score);
  }
  return scores;
}
