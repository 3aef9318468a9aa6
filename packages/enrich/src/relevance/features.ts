// What the relevance model reads: word stems of title and summary (and the start of the body).
// Cutting words to a fixed prefix is a crude stemmer, but it folds Lithuanian and Russian case
// endings (migrantai / migrantų, мигранты / мигрантов) well enough for a bag-of-words model.
import { tokenise } from '../dedup/normalise';

const STEM_LENGTH = 6;
const MIN_LENGTH = 2;
/** Past this many distinct stems a long body only makes the model overconfident. */
export const MAX_FEATURES = 200;

export interface RelevanceText {
  title: string;
  summary?: string | null;
  text?: string | null;
}

/** Distinct word stems of an item, title first; numbers are left out. */
export function extractFeatures(item: RelevanceText): string[] {
  const stems = new Set<string>();
  for (const part of [item.title, item.summary ?? '', (item.text ?? '').slice(0, 2000)]) {
    for (const token of tokenise(part)) {
      if (token.length < MIN_LENGTH || /^\p{N}+$/u.test(token)) continue;
      stems.add(token.slice(0, STEM_LENGTH));
      if (stems.size >= MAX_FEATURES) return [...stems];
    }
  }
  return [...stems];
}
