// One pass over a field's tokens finds every term. Terms sit in channels (topics, countries,
// organisations, ...); inside a channel matches are leftmost-longest without overlaps, so
// "Polish Border Guard" is one organisation match and still one country and one topic match.
// Terms are indexed by the stem of their first word: a token costs one map lookup per prefix
// length instead of one test per term.
import { matchWord, parseTerm, type TermPattern } from './term';
import type { Tokens } from './tokenize';
import { isCapitalised } from './tokenize';

export interface TermSpec<T> {
  term: string;
  value: T;
  channel: number;
}

interface Entry<T> {
  pattern: TermPattern;
  values: T[];
  channel: number;
}

export interface Match<T> {
  values: T[];
  /** Index of the first token matched. */
  at: number;
  length: number;
}

export interface Matcher<T> {
  find(tokens: Tokens): Match<T>[];
  size: number;
}

export function compileMatcher<T>(specs: Array<TermSpec<T>>, channels: number): Matcher<T> {
  const byTerm = new Map<string, Entry<T>>();
  for (const { term, value, channel } of specs) {
    const key = `${channel}\u0000${term}`;
    const known = byTerm.get(key);
    if (known) known.values.push(value);
    else byTerm.set(key, { pattern: parseTerm(term), values: [value], channel });
  }
  const index = new Map<string, Entry<T>[]>();
  let minKey = Number.POSITIVE_INFINITY;
  let maxKey = 0;
  for (const entry of byTerm.values()) {
    const key = entry.pattern.words[0]!.stem;
    const bucket = index.get(key);
    if (bucket) bucket.push(entry);
    else index.set(key, [entry]);
    minKey = Math.min(minKey, key.length);
    maxKey = Math.max(maxKey, key.length);
  }
  return { find: (tokens) => findMatches(index, minKey, maxKey, channels, tokens), size: byTerm.size };
}

function findMatches<T>(
  index: Map<string, Entry<T>[]>,
  minKey: number,
  maxKey: number,
  channels: number,
  tokens: Tokens,
): Match<T>[] {
  const found: Match<T>[] = [];
  const nextFree = new Array<number>(channels).fill(0);
  const best = new Array<Match<T> | null>(channels).fill(null);
  const n = tokens.lower.length;
  for (let i = 0; i < n; i++) {
    const word = tokens.lower[i]!;
    best.fill(null);
    for (let k = Math.min(word.length, maxKey); k >= minKey; k--) {
      const bucket = index.get(k === word.length ? word : word.slice(0, k));
      if (!bucket) continue;
      for (const entry of bucket) {
        if (nextFree[entry.channel]! > i) continue;
        const length = matchAt(entry.pattern, tokens, i);
        const current = best[entry.channel];
        if (length > 0 && (!current || length > current.length)) {
          best[entry.channel] = { values: entry.values, at: i, length };
        }
      }
    }
    for (let c = 0; c < channels; c++) {
      const m = best[c];
      if (!m) continue;
      found.push(m);
      nextFree[c] = i + m.length;
    }
  }
  return found;
}

/** Number of tokens the term covers when it starts at token `at`, or 0. */
function matchAt(p: TermPattern, tokens: Tokens, at: number): number {
  if (at + p.words.length > tokens.lower.length) return 0;
  if (p.capitalised && !isCapitalised(tokens.orig[at]!)) return 0;
  for (let w = 0; w < p.words.length; w++) {
    if (!matchWord(p.words[w]!, tokens.lower[at + w]!, tokens.orig[at + w]!, p.caseSensitive)) return 0;
  }
  return p.words.length;
}
