// One pass over a field's tokens finds every term. Terms sit in channels (topics, countries,
// organisations, ...); inside a channel matches are leftmost-longest without overlaps, so
// "Polish Border Guard" is one organisation match and still one country and one topic match.
// Terms are indexed in a character trie by the stem of their first word: a token costs one walk
// down the trie, without allocating prefixes, instead of one test per term.
import { matchEnding, matchWord, parseTerm, type TermPattern } from './term';
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
  const root: TrieNode<T> = { next: new Map(), entries: [] };
  for (const entry of byTerm.values()) {
    let node = root;
    const stem = entry.pattern.words[0]!.stem;
    for (let k = 0; k < stem.length; k++) {
      const code = stem.charCodeAt(k);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(code, child);
      }
      node = child;
    }
    node.entries.push(entry);
  }
  return { find: (tokens) => findMatches(root, channels, tokens), size: byTerm.size };
}

interface TrieNode<T> {
  /** Keyed by UTF-16 code unit: no one-letter strings are made while walking. */
  next: Map<number, TrieNode<T>>;
  entries: Entry<T>[];
}

function findMatches<T>(root: TrieNode<T>, channels: number, tokens: Tokens): Match<T>[] {
  const found: Match<T>[] = [];
  const nextFree = new Array<number>(channels).fill(0);
  const best = new Array<Match<T> | null>(channels).fill(null);
  const touched: number[] = [];
  const n = tokens.lower.length;
  for (let i = 0; i < n; i++) {
    const word = tokens.lower[i]!;
    let node: TrieNode<T> | undefined = root;
    // Deeper nodes are longer stems; a later (longer) hit of equal token length replaces nothing.
    for (let k = 0; node && k <= word.length; k++) {
      for (const entry of node.entries) {
        if (nextFree[entry.channel]! > i) continue;
        const length = matchAt(entry.pattern, tokens, i);
        const current = best[entry.channel];
        if (length > 0 && (!current || length >= current.length)) {
          if (!current) touched.push(entry.channel);
          best[entry.channel] = { values: entry.values, at: i, length };
        }
      }
      node = k < word.length ? node.next.get(word.charCodeAt(k)) : undefined;
    }
    for (const c of touched) {
      const m = best[c]!;
      found.push(m);
      nextFree[c] = i + m.length;
      best[c] = null;
    }
    touched.length = 0;
  }
  return found;
}

/**
 * Number of tokens the term covers when it starts at token `at`, or 0. The trie walk already
 * proved that the first token starts with the first word's stem; only its ending is checked here.
 */
function matchAt(p: TermPattern, tokens: Tokens, at: number): number {
  const count = p.words.length;
  if (at + count > tokens.lower.length) return 0;
  const first = p.words[0]!;
  const word = tokens.lower[at]!;
  if (!matchEnding(first, word)) return 0;
  if (p.capitalised && !isCapitalised(tokens.orig[at]!)) return 0;
  if (p.caseSensitive && !tokens.orig[at]!.startsWith(first.orig)) return 0;
  for (let w = 1; w < count; w++) {
    if (!matchWord(p.words[w]!, tokens.lower[at + w]!, tokens.orig[at + w]!, p.caseSensitive)) return 0;
  }
  return count;
}
