// Parses the term syntax used in the data files into word patterns.
//   "asylum seeker*"      every word case-insensitive; `*` = any ending up to MAX_ANY letters
//   "pabėgėl(is|io|iai|)"  explicit endings after a stem; an empty ending allows the bare stem
//   "=IOM"                 the whole term is case-sensitive (acronyms that are also words)
//   "^Jordan"              the first letter must be written as a capital (proper names)
import { foldWord } from './tokenize';

export const MAX_ANY = 6;

export type WordPattern =
  | { kind: 'exact'; stem: string; orig: string }
  | { kind: 'any'; stem: string; orig: string }
  | { kind: 'endings'; stem: string; orig: string; endings: ReadonlySet<string> };

export interface TermPattern {
  source: string;
  words: WordPattern[];
  caseSensitive: boolean;
  capitalised: boolean;
}

export class TermSyntaxError extends Error {
  constructor(term: string, why: string) {
    super(`bad match term ${JSON.stringify(term)}: ${why}`);
    this.name = 'TermSyntaxError';
  }
}

const ENDINGS = /^([^()*]+)\(([^()]*)\)$/u;
const PLAIN = /^[^()*\s]+\*?$/u;

export function parseTerm(term: string): TermPattern {
  let body = term.trim();
  const caseSensitive = body.startsWith('=');
  if (caseSensitive) body = body.slice(1);
  const capitalised = body.startsWith('^');
  if (capitalised) body = body.slice(1);
  const parts = body
    .normalize('NFC')
    .split(/[\s\-'’.]+/u)
    .filter(Boolean);
  if (parts.length === 0) throw new TermSyntaxError(term, 'no words');
  return { source: term, words: parts.map((w) => parseWord(term, w)), caseSensitive, capitalised };
}

function parseWord(term: string, word: string): WordPattern {
  const withEndings = ENDINGS.exec(word);
  if (withEndings) {
    const stem = withEndings[1] ?? '';
    const endings = (withEndings[2] ?? '').split('|').map(foldWord);
    return { kind: 'endings', stem: foldWord(stem), orig: stem, endings: new Set(endings) };
  }
  if (/[\^=~!]/u.test(word))
    throw new TermSyntaxError(
      term,
      `${JSON.stringify(word)}: a prefix (^ = ~ !) belongs before the whole term`,
    );
  if (!PLAIN.test(word)) throw new TermSyntaxError(term, `cannot read word ${JSON.stringify(word)}`);
  if (word.endsWith('*')) {
    const stem = word.slice(0, -1);
    if (stem.length < 3) throw new TermSyntaxError(term, 'a `*` stem needs at least 3 letters');
    return { kind: 'any', stem: foldWord(stem), orig: stem };
  }
  return { kind: 'exact', stem: foldWord(word), orig: word };
}

/** Whether one token matches one word pattern; `orig` is the token as written. */
export function matchWord(p: WordPattern, lower: string, orig: string, caseSensitive: boolean): boolean {
  if (caseSensitive && !orig.startsWith(p.orig)) return false;
  return lower.startsWith(p.stem) && matchEnding(p, lower);
}

/** Whether what follows the stem in `lower` (known to start with it) is an allowed ending. */
export function matchEnding(p: WordPattern, lower: string): boolean {
  const rest = lower.length - p.stem.length;
  if (p.kind === 'exact') return rest === 0;
  if (p.kind === 'any') return rest <= MAX_ANY;
  return p.endings.has(rest === 0 ? '' : lower.slice(p.stem.length));
}
