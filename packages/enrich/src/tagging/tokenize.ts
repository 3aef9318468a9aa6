// Splits text into word tokens once per field; every matcher works on these, never on raw text.
export interface Tokens {
  /** Lower-cased, ё folded to е, NFC. */
  lower: string[];
  /** As written, for case-sensitive terms (acronyms) and capitalised names. */
  orig: string[];
  /** Where each token starts and ends in `text`, to read the punctuation between tokens. */
  starts: number[];
  ends: number[];
  text: string;
}

const DECOMPOSED = /[\u0300-\u036f]/;

/** Folds the letters that writers use interchangeably so one term form covers both. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}

/** Arabic comma, semicolon, question mark, percent, decimal and thousands separators, full stop. */
const ARABIC_PUNCTUATION = new Set([0x60c, 0x61b, 0x61f, 0x66a, 0x66b, 0x66c, 0x66d, 0x6d4]);

/**
 * Digits and letters of the scripts the sources publish in (Latin, Greek, Cyrillic, Arabic) plus
 * combining marks. A hand scan over code units runs several times faster than a Unicode regex.
 */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (
    c === 0xb5 ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x52f) ||
    (c >= 0x600 && c <= 0x6ff && !ARABIC_PUNCTUATION.has(c)) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

export function tokenize(text: string): Tokens {
  const lower: string[] = [];
  const orig: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // Only decomposed accents change under NFC; skip the costly call for text without them.
  const normal = DECOMPOSED.test(text) ? text.normalize('NFC') : text;
  // One lower-casing pass for the whole text; per word only when it would change lengths ("İ").
  const folded = foldWord(normal);
  const aligned = folded.length === normal.length;
  const n = normal.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordCode(normal.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isWordCode(normal.charCodeAt(i))) i++;
    if (aligned) i = extendInLaw(folded, i);
    const word = normal.slice(start, i);
    orig.push(word);
    lower.push(aligned ? folded.slice(start, i) : foldWord(word));
    starts.push(start);
    ends.push(i);
  }
  return { lower, orig, starts, ends, text: normal };
}

/** "mother-in-law" is a relative, not a law: keep "-in-law(s)" on the word it belongs to. */
function extendInLaw(folded: string, end: number): number {
  if (folded.charCodeAt(end) !== 45 || !folded.startsWith('-in-law', end)) return end;
  const after = end + 7;
  return folded.charCodeAt(after) === 115 && !isWordCode(folded.charCodeAt(after + 1)) ? after + 1 : after;
}

/** True when only white space separates token `k` from token `k + 1`. */
export function isSpaceAfter(tokens: Tokens, k: number): boolean {
  const from = tokens.ends[k];
  const to = tokens.starts[k + 1];
  if (from === undefined || to === undefined || to === from) return false;
  for (let i = from; i < to; i++) {
    const c = tokens.text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
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
