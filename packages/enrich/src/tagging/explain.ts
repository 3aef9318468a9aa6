// Says which words produced which tags, for curators checking a rule and for tuning the data: the
// same matches the tags are scored from, so words inside an organisation's name ("UN Refugee
// Agency") show as the organisation alone, and composed mentions ("Lithuanians living in Norway")
// show too.
import type { MatchValue } from './compile';
import type { FieldMatches } from './score';
import { matchFields } from './tag-text';
import type { TagInput } from './types';

export interface MatchExplanation {
  field: FieldMatches['field'];
  words: string;
  kinds: string[];
}

export function explainMatches(input: TagInput): MatchExplanation[] {
  const out: MatchExplanation[] = [];
  for (const { field, tokens, matches } of matchFields(input)) {
    for (const m of [...matches].sort((a, b) => a.at - b.at)) {
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
