// The enrichment stage composed: language, tags (rules plus the source's defaults), fingerprint
// and relevance for one item. Pure: everything it needs comes in the input and the options.
import { analyseText, fingerprintText } from './dedup';
import { detectLanguage, type LanguageResult } from './language';
import { type RelevanceModel, type RelevanceScore, scoreRelevance } from './relevance';
import { migrationEvidence, type Tag, tagText } from './tagging';

/** Confidence given to tags that come from the source's defaults rather than the text. */
export const SOURCE_TAG_CONFIDENCE = 0.9;
const ALPHA3 = /^[A-Z]{3}$/;

export interface EnrichInput {
  title: string;
  summary?: string | null;
  text?: string | null;
  url?: string | null;
  /** Language the feed or page declares (BCP 47 as written). */
  language_hint?: string | null;
}

/** What enrichment needs to know about an item's source (a `SourceDefinition` fits). */
export interface SourceProfile {
  /** ISO 639-1 codes the body publishes in. */
  languages?: string[];
  /** Topic slugs applied to every item of the source. */
  defaultTags?: string[];
  /** ISO 3166 alpha-3 codes (or regions) the body covers; one country counts as a country tag. */
  scope?: string[];
}

export interface EnrichOptions {
  source?: SourceProfile;
  /** Curators' model (see `trainRelevanceModel`); without it relevance is the taxonomy prior. */
  relevanceModel?: RelevanceModel;
}

/** The fields `mipas enrich` adds to an item. */
export interface EnrichedFields {
  language: string;
  language_confidence: number;
  topics: string[];
  /** Every country named, ISO 3166 alpha-3, the primary country first. */
  countries: string[];
  primary_country: string | null;
  organisations: string[];
  fingerprint: string;
  relevance: number;
}

/** The richer form kept in storage: tags keep their origin and confidence. */
export interface Enrichment {
  language: LanguageResult;
  topics: Tag[];
  countries: Tag[];
  primaryCountry: string | null;
  organisations: Tag[];
  fingerprint: string;
  contentHash: string;
  relevance: RelevanceScore;
}

export class EnrichInputError extends TypeError {
  constructor(why: string) {
    super(why);
    this.name = 'EnrichInputError';
  }
}

export function enrichItem(input: EnrichInput, options: EnrichOptions = {}): EnrichedFields {
  return summariseEnrichment(enrichItemDetailed(input, options));
}

export function enrichItemDetailed(input: EnrichInput, options: EnrichOptions = {}): Enrichment {
  checkInput(input);
  const { title } = input;
  const summary = input.summary ?? null;
  const text = input.text ?? null;
  const language = detectLanguage({
    title,
    summary,
    text,
    url: input.url ?? null,
    declared: input.language_hint ?? null,
    sourceLanguages: options.source?.languages,
  });
  const tagInput = { title, summary, text, language: language.language };
  const tags = tagText(tagInput);
  const topics = addSourceTags(tags.topics, options.source?.defaultTags ?? []);
  const countries = addSourceTags(tags.countries, singleCountry(options.source?.scope));
  const primaryCountry = tags.primaryCountry ?? countries[0]?.id ?? null;
  const body = fingerprintText(title, text || summary || '');
  const relevance = scoreRelevance(
    { title, summary, text, language: language.language, prior: migrationEvidence(tagInput) },
    options.relevanceModel,
  );
  return {
    language,
    topics,
    countries: primaryFirst(countries, primaryCountry),
    primaryCountry,
    organisations: tags.organisations,
    ...analyseText(body),
    relevance,
  };
}

/** The flat, public form of an enrichment. */
export function summariseEnrichment(e: Enrichment): EnrichedFields {
  return {
    language: e.language.language,
    language_confidence: round(e.language.confidence),
    topics: e.topics.map((t) => t.id),
    countries: e.countries.map((t) => t.id),
    primary_country: e.primaryCountry,
    organisations: e.organisations.map((t) => t.id),
    fingerprint: e.fingerprint,
    relevance: round(e.relevance.score),
  };
}

function checkInput(input: EnrichInput): void {
  if (!input || typeof input !== 'object' || Array.isArray(input))
    throw new EnrichInputError('item must be an object');
  if (input.title === undefined) throw new EnrichInputError('"title" is missing');
  if (typeof input.title !== 'string') throw new EnrichInputError('"title" must be a string');
  if (input.title.trim() === '') throw new EnrichInputError('"title" is empty');
  for (const key of ['summary', 'text', 'url', 'language_hint'] as const) {
    const value = input[key];
    if (value != null && typeof value !== 'string')
      throw new EnrichInputError(`"${key}" must be a string or null`);
  }
}

/** Rule tags first; a source default the rules did not find is added with origin 'source'. */
function addSourceTags(tags: Tag[], defaults: string[]): Tag[] {
  const ids = new Set(tags.map((t) => t.id));
  const added = defaults
    .filter((id) => !ids.has(id))
    .map((id): Tag => ({ id, confidence: SOURCE_TAG_CONFIDENCE, origin: 'source' }));
  return added.length ? [...tags, ...added] : tags;
}

/** A body that covers one country (a national ministry) tags its items with that country. */
function singleCountry(scope: string[] | undefined): string[] {
  return scope?.length === 1 && ALPHA3.test(scope[0] as string) ? [scope[0] as string] : [];
}

function primaryFirst(countries: Tag[], primary: string | null): Tag[] {
  if (!primary) return countries;
  const first = countries.find((t) => t.id === primary);
  return first ? [first, ...countries.filter((t) => t !== first)] : countries;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
