// Turns the matches of each field into tags. Title mentions weigh more than summary mentions,
// which weigh more than mentions deep in the body text; confidence grows with the weight.
import type { MatchValue } from './compile';
import type { Match } from './matcher';
import { isCapitalised, isSpaceAfter, isTitleCase, type Tokens } from './tokenize';
import type { Tag } from './types';

export interface FieldMatches {
  field: 'title' | 'summary' | 'text';
  tokens: Tokens;
  matches: Array<Match<MatchValue>>;
  weight: number;
  /** Position of the field's first token in reading order (title first). */
  offset: number;
}

export const TOPIC_THRESHOLD = 1;
/** Context topics use everyday words ("children", "hospital"): one summary mention is not enough. */
export const CONTEXT_TOPIC_THRESHOLD = 2;
/** Core-term weight from which an item counts as clearly about migration (a title mention is 3). */
export const STRONG_EVIDENCE = 3;
const COUNTRY_THRESHOLD = 0.5;

interface Tally {
  score: number;
  first: number;
  /** Mentions by a full-weight term; a topic seen only through broad words needs two mentions. */
  strong?: number;
  broad?: number;
  /** Broad mentions by an actor word ("minister"): never enough for the topic on their own. */
  actors?: number;
  /** Mentions whose words are a migration-core term too ("naturalisation"): migration by themselves. */
  selfEvident?: number;
  /** Weight of the full-weight mentions of an `evidential` topic: migration evidence, as core terms are. */
  evidence?: number;
}

/** Half the weight of a core term: naming UNHCR or IOM suggests, but does not say, migration. */
const MIGRATION_BODY_WEIGHT = 0.5;

export function scoreCore(fields: FieldMatches[]): number {
  let score = 0;
  for (const f of fields) {
    for (const m of f.matches) {
      const v = m.values[0];
      if (v?.kind === 'core') score += f.weight * v.weight;
      else if (v?.kind === 'org' && v.migration) score += f.weight * MIGRATION_BODY_WEIGHT;
    }
  }
  return score;
}

export function evidenceFromScore(score: number): number {
  return round(1 - Math.exp(-score / 2));
}

export function scoreTopics(
  fields: FieldMatches[],
  contextual: ReadonlySet<string>,
  core: number,
  corroborate: ReadonlySet<string> = new Set(),
  evidential: ReadonlySet<string> = new Set(),
): Tag[] {
  const tallies = tallyTopics(fields, evidential);
  // Topics that are migration by definition (asylum, refugees, ...) also open the gate for the
  // everyday-word ones, even when no core term matched ("emigravo" is not a core form).
  let evidence = core;
  for (const [slug, t] of tallies) {
    if (!contextual.has(slug) && t.score >= TOPIC_THRESHOLD) evidence += t.score;
    evidence += t.evidence ?? 0;
  }
  // The clearer the item is about migration, the less an everyday word needs repeating.
  const contextBar = evidence >= STRONG_EVIDENCE ? TOPIC_THRESHOLD : CONTEXT_TOPIC_THRESHOLD;
  const tags: Tag[] = [];
  for (const [slug, t] of tallies) {
    const isContext = contextual.has(slug);
    // A mention that is also a core term says migration by itself: one is enough, as for a
    // self-evident topic ("Naturalization ceremonies make a comeback" is citizenship).
    const bar = isContext && !t.selfEvident ? contextBar : TOPIC_THRESHOLD;
    if (t.score < bar) continue;
    if (isContext && evidence <= 0) continue;
    // Only actors ("the government", "two ministers") say who acts, not what is decided.
    if ((t.strong ?? 0) + (t.broad ?? 0) <= (t.actors ?? 0)) continue;
    // Broad words of such a topic are everyday ones ("policy", "work"): one alone is no evidence.
    if (corroborate.has(slug) && !t.strong && (t.broad ?? 0) < 2) continue;
    tags.push({ id: slug, confidence: confidenceOf(t.score), origin: 'rule' });
  }
  return sortTags(tags);
}

/**
 * Topic weights per item: field weight × term weight (broad words count half, stop phrases
 * nothing). A broad word inside
 * a longer phrase of another topic belongs to that phrase: "work permit" is labour migration, and
 * its "work" says nothing more about employment; "Schengen visa" is no border item.
 */
function tallyTopics(fields: FieldMatches[], evidential: ReadonlySet<string>): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const f of fields) {
    const phrases = f.matches.filter(
      (m) => m.length > 1 && m.values.some((v) => v.kind === 'topic' && v.weight > 0),
    );
    const core = f.matches.filter((m) => m.values.some((v) => v.kind === 'core' && v.weight > 0));
    for (const m of f.matches) {
      const within = phrases.filter(
        (o) => o.length > m.length && m.at >= o.at && m.at + m.length <= o.at + o.length,
      );
      for (const v of m.values) {
        if (v.kind !== 'topic') continue;
        const owned = within.some((o) => o.values.some((w) => w.kind === 'topic' && w.slug !== v.slug));
        if (owned && v.weight < 1) continue;
        add(tallies, v.slug, f.weight * v.weight, f.offset + m.at);
        const t = tallies.get(v.slug)!;
        if (v.weight >= 1) t.strong = (t.strong ?? 0) + 1;
        else if (v.weight > 0) t.broad = (t.broad ?? 0) + 1;
        if (v.actor) t.actors = (t.actors ?? 0) + 1;
        if (v.weight >= 1 && core.some((c) => c.at === m.at && c.length === m.length))
          t.selfEvident = (t.selfEvident ?? 0) + 1;
        else if (v.weight >= 1 && evidential.has(v.slug)) {
          t.selfEvident = (t.selfEvident ?? 0) + 1;
          t.evidence = (t.evidence ?? 0) + f.weight * v.weight;
        }
      }
    }
  }
  return tallies;
}

export function scoreOrganisations(fields: FieldMatches[]): Tag[] {
  const tallies = tallyBy(fields, (v) => (v.kind === 'org' ? v.slug : null));
  return sortTags(
    [...tallies].map(([slug, t]) => ({ id: slug, confidence: confidenceOf(t.score), origin: 'rule' })),
  );
}

export function scoreCountries(fields: FieldMatches[]): { tags: Tag[]; primary: string | null } {
  const vetoed = new Set<string>();
  for (const f of fields)
    for (const m of f.matches) for (const v of m.values) if (v.kind === 'unless') vetoed.add(v.code);
  const tallies = new Map<string, Tally>();
  for (const f of fields) {
    for (const m of f.matches) {
      const v = m.values[0];
      if (v?.kind !== 'country' || vetoed.has(v.code)) continue;
      if (v.person && looksLikePersonName(f, m)) continue;
      add(tallies, v.code, f.weight, f.offset + m.at);
    }
  }
  const ranked = [...tallies].filter(([, t]) => t.score >= COUNTRY_THRESHOLD);
  ranked.sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first);
  const tags = ranked.map(([code, t]) => ({
    id: code,
    confidence: confidenceOf(t.score),
    origin: 'rule' as const,
  }));
  return { tags, primary: ranked[0]?.[0] ?? null };
}

const SENTENCE_WORDS = new Set([
  'in',
  'from',
  'to',
  'the',
  'and',
  'of',
  'for',
  'with',
  'at',
  'on',
  'by',
  'into',
  'as',
]);

/** "Michael Jordan", "Chad Smith": a capitalised neighbour makes the country reading unlikely. */
function looksLikePersonName(f: FieldMatches, m: Match<MatchValue>): boolean {
  if (isTitleCase(f.tokens)) return false;
  const last = m.at + m.length - 1;
  const next = f.tokens.orig[last + 1];
  const prev = f.tokens.orig[m.at - 1];
  const spaceAfter = isSpaceAfter(f.tokens, last);
  const spaceBefore = m.at > 0 && isSpaceAfter(f.tokens, m.at - 1);
  if (next && spaceAfter && isCapitalised(next) && /^\p{L}+$/u.test(next)) return true;
  return !!prev && spaceBefore && isCapitalised(prev) && !SENTENCE_WORDS.has(prev.toLowerCase()) && m.at > 1;
}

function tallyBy(fields: FieldMatches[], keyOf: (v: MatchValue) => string | null): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const f of fields) {
    for (const m of f.matches) {
      for (const v of m.values) {
        const key = keyOf(v);
        if (key) add(tallies, key, f.weight, f.offset + m.at);
      }
    }
  }
  return tallies;
}

function add(tallies: Map<string, Tally>, key: string, weight: number, position: number): void {
  const t = tallies.get(key);
  if (t) {
    t.score += weight;
    t.first = Math.min(t.first, position);
  } else tallies.set(key, { score: weight, first: position });
}

function confidenceOf(score: number): number {
  return round(Math.min(0.99, 1 - Math.exp(-score / 1.5)));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function sortTags(tags: Tag[]): Tag[] {
  return tags.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
}
