// Splits text into word tokens once per field; every matcher works on these, never on raw text.
export interface Tokens {
  /** Lower-cased, ё folded to е, NFC. */
  lower: string[];
  /** As written, for case-sensitive terms (acronyms) and capitalised names. */
  orig: string[];
  /** Text between each token and the next one (punctuation tells names from sentence breaks). */
  gaps: string[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Folds the letters that writers use interchangeably so one term form covers both. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/’/g, "'");
}

export function tokenize(text: string): Tokens {
  const lower: string[] = [];
  const orig: string[] = [];
  const gaps: string[] = [];
  const normal = text.normalize('NFC');
  let end = 0;
  for (const m of normal.matchAll(WORD)) {
    if (orig.length > 0) gaps.push(normal.slice(end, m.index));
    orig.push(m[0]);
    lower.push(foldWord(m[0]));
    end = m.index + m[0].length;
  }
  gaps.push(normal.slice(end));
  return { lower, orig, gaps };
}

/** True when most words of a field start with a capital letter (Title Case headlines). */
export function isTitleCase(tokens: Tokens): boolean {
  let letters = 0;
  let capitals = 0;
  for (const word of tokens.orig) {
    if (word.length < 4 || !/\p{L}/u.test(word[0] ?? '')) continue;
    letters++;
    if (isCapitalised(word)) capitals++;
  }
  return letters >= 5 && capitals / letters > 0.6;
}

export function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}
