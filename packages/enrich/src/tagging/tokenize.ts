// Splits text into word tokens once per field; every matcher works on these, never on raw text.
export interface Tokens {
  /** Lower-cased, ё folded to е, NFC. */
  lower: string[];
  /** As written, for case-sensitive terms (acronyms) and capitalised names. */
  orig: string[];
  /** Text between each token and the next one (punctuation tells names from sentence breaks). */
  gaps: string[];
}

// Explicit ranges (Latin, Greek, Cyrillic, Arabic, combining marks) run about twice as fast as
// Unicode property classes, and cover every language the sources publish in.
const WORD =
  /[0-9A-Za-z\u00B5\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u0370-\u03FF\u0400-\u052F\u0600-\u06FF\u1E00-\u1EFF]+/g;
const DECOMPOSED = /[\u0300-\u036f]/;

/** Folds the letters that writers use interchangeably so one term form covers both. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}

export function tokenize(text: string): Tokens {
  const lower: string[] = [];
  const orig: string[] = [];
  const gaps: string[] = [];
  // Only decomposed accents change under NFC; skip the costly call for text without them.
  const normal = DECOMPOSED.test(text) ? text.normalize('NFC') : text;
  // One lower-casing pass for the whole text; per word only when it would change lengths ("İ").
  const folded = foldWord(normal);
  const aligned = folded.length === normal.length;
  let end = 0;
  for (const m of normal.matchAll(WORD)) {
    const word = m[0];
    if (orig.length > 0) gaps.push(normal.slice(end, m.index));
    orig.push(word);
    end = m.index + word.length;
    lower.push(aligned ? folded.slice(m.index, end) : foldWord(word));
  }
  gaps.push(normal.slice(end));
  return { lower, orig, gaps };
}

/** True when most words of a field start with a capital letter (Title Case headlines). */
export function isTitleCase(tokens: Tokens): boolean {
  let letters = 0;
  let capitals = 0;
  for (const word of tokens.orig) {
    const first = word[0] ?? '';
    if (word.length < 4 || first.toLowerCase() === first.toUpperCase()) continue;
    letters++;
    if (isCapitalised(word)) capitals++;
  }
  return letters >= 5 && capitals / letters > 0.6;
}

export function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}
