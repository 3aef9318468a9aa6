// Entry points: tag an item's text, or say how strongly it is about migration at all.
import { getTaxonomy, type MatchValue, matcherFor } from './compile';
import { composeMatches } from './compose';
import { type LoadedTopicModel, shippedTopicModel, topicProbabilities } from './learned';
import type { Match } from './matcher';
import {
  evidenceFromScore,
  type FieldMatches,
  scoreCore,
  scoreCountries,
  scoreOrganisations,
  scoreTopics,
} from './score';
import { tokenize } from './tokenize';
import type { Tag, TagInput, TagResult } from './types';

const TITLE_WEIGHT = 3;
const SUMMARY_WEIGHT = 1;
const TEXT_WEIGHT = 0.5;
/** Body text past this many characters adds little and costs time. */
const TEXT_LIMIT = 4000;

/** Slugs of the topics that carry a flag in taxonomy.json. */
function topicsFlagged(flag: 'context' | 'corroborate' | 'evidential'): ReadonlySet<string> {
  return new Set(
    getTaxonomy()
      .topics.filter((t) => t[flag])
      .map((t) => t.slug),
  );
}

/** Topics of everyday words (`context: true`): they need migration evidence in the item. */
const contextual = topicsFlagged('context');
/** Topics whose broad words need a second mention or a full-weight term (`corroborate: true`). */
const corroborate = topicsFlagged('corroborate');
/** Topics whose full-weight terms are migration evidence by themselves (`evidential: true`). */
const evidential = topicsFlagged('evidential');

export class TagInputError extends TypeError {
  constructor(why: string) {
    super(`tagText input: ${why}`);
    this.name = 'TagInputError';
  }
}

export interface TagOptions {
  /**
   * The learned second opinion on topics (`learned.ts`): beside the rules' topics it adds one the
   * rules did not give when it is confident. Default: the model shipped in data/models/topics.json; null: rules alone.
   */
  topicModel?: LoadedTopicModel | null;
}

export function tagText(input: TagInput, options: TagOptions = {}): TagResult {
  const fields = matchFields(input);
  const core = scoreCore(fields);
  const { tags, primary } = scoreCountries(fields);
  const topics = scoreTopics(fields, contextual, core, corroborate, evidential);
  const model = options.topicModel === undefined ? shippedTopicModel() : options.topicModel;
  // Only beside a topic of the rules: an item the rules find no topic in (a bird's migration, an
  // old asylum for the insane, a hospital opening) gets none from the model either.
  if (model && topics.length > 0) topics.push(...learnedTopics(model, input, fields, topics));
  return {
    topics,
    countries: tags,
    primaryCountry: primary,
    organisations: scoreOrganisations(fields),
  };
}

/** The model's confident topics that the rules did not give, most probable first. */
function learnedTopics(
  model: LoadedTopicModel,
  input: TagInput,
  fields: readonly FieldMatches[],
  rules: readonly Tag[],
): Tag[] {
  const given = new Set(rules.map((t) => t.id));
  const words = (field: FieldMatches['field']) => fields.find((f) => f.field === field)?.tokens.lower ?? [];
  const p = topicProbabilities(model, input, { title: words('title'), summary: words('summary') });
  return model.model.topics
    .map((id, k) => ({ id, p: p[k] ?? 0 }))
    .filter((t) => t.p >= model.model.threshold && !given.has(t.id))
    .map((t) => ({ id: t.id, confidence: Math.round(t.p * 1000) / 1000, origin: 'model' as const }))
    .sort((a, b) => b.confidence - a.confidence);
}

/** 0..1: weighted count of migration-core terms (title counts double), squashed. */
export function migrationEvidence(input: TagInput): number {
  return evidenceFromScore(scoreCore(matchFields(input)));
}

/** Each non-empty field's tokens and the matches that count (inside organisation names dropped, composed ones added). */
export function matchFields(input: TagInput): FieldMatches[] {
  checkInput(input);
  const language = input.language.toLowerCase().slice(0, 2);
  const matcher = matcherFor(language);
  const parts: Array<[string, number, FieldMatches['field']]> = [
    [input.title, TITLE_WEIGHT, 'title'],
    [input.summary ?? '', SUMMARY_WEIGHT, 'summary'],
    [(input.text ?? '').slice(0, TEXT_LIMIT), TEXT_WEIGHT, 'text'],
  ];
  const fields: FieldMatches[] = [];
  let offset = 0;
  for (const [text, weight, field] of parts) {
    if (!text) continue;
    const tokens = tokenize(text);
    const matches = dropInsideOrganisations(matcher.find(tokens));
    matches.push(...composeMatches(tokens, matches, language));
    fields.push({ field, tokens, matches, weight, offset });
    offset += tokens.lower.length;
  }
  return fields;
}

/**
 * Words inside an organisation's name ("Danish Refugee Council", "UN Children's Fund") say who
 * spoke, not what the item is about, so they count for the organisation only.
 */
function dropInsideOrganisations(matches: Array<Match<MatchValue>>): Array<Match<MatchValue>> {
  const spans = matches.filter((m) => m.values[0]?.kind === 'org');
  if (spans.length === 0) return matches;
  return matches.filter(
    (m) =>
      m.values[0]?.kind === 'org' || !spans.some((o) => m.at >= o.at && m.at + m.length <= o.at + o.length),
  );
}

function checkInput(input: TagInput): void {
  if (!input || typeof input !== 'object') throw new TagInputError('expected an object');
  if (typeof input.title !== 'string') throw new TagInputError('title must be a string');
  if (typeof input.language !== 'string' || !input.language) {
    throw new TagInputError('language must be an ISO 639-1 code or "und"');
  }
  for (const key of ['summary', 'text'] as const) {
    const v = input[key];
    if (v != null && typeof v !== 'string') throw new TagInputError(`${key} must be a string or null`);
  }
}
