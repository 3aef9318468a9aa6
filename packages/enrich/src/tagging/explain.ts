// Says which words produced which tags, for curators checking a rule and for tuning the data.
import { type MatchValue, matcherFor } from './compile';
import { tokenize } from './tokenize';
import type { TagInput } from './types';

export interface MatchExplanation {
  field: 'title' | 'summary' | 'text';
  words: string;
  kinds: string[];
}

export function explainMatches(input: TagInput): MatchExplanation[] {
  const matcher = matcherFor(input.language.toLowerCase().slice(0, 2));
  const out: MatchExplanation[] = [];
  const fields = [
    ['title', input.title],
    ['summary', input.summary ?? ''],
    ['text', input.text ?? ''],
  ] as const;
  for (const [field, text] of fields) {
    const tokens = tokenize(text);
    for (const m of matcher.find(tokens)) {
      const words = tokens.orig.slice(m.at, m.at + m.length).join(' ');
      out.push({ field, words, kinds: m.values.map(describeValue) });
    }
  }
  return out;
}

function describeValue(v: MatchValue): string {
  if (v.kind === 'topic') return `topic:${v.slug}`;
  if (v.kind === 'country' || v.kind === 'unless') return `${v.kind}:${v.code}`;
  if (v.kind === 'org') return `org:${v.slug}`;
  return v.kind;
}
