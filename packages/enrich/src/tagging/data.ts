// Reads the tagging data files (taxonomy, countries, organisations) once and checks their shape,
// so a broken edit fails at start-up with the file and field named instead of tagging wrongly.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type TermsByLanguage = Record<string, string[]>;

export interface TopicData {
  slug: string;
  context: boolean;
  /** Its broad (`~`) words name actors, not the subject: one alone does not tag the topic. */
  corroborate?: boolean;
  /**
   * Its full-weight terms name instruments of migration law ("residence permit", "шенгенская
   * виза"): a mention is migration evidence by itself, as a core term is. Broad words are not.
   */
  evidential?: boolean;
  labels: { lt: string; en: string; ru: string };
  terms: TermsByLanguage;
}

export interface TaxonomyData {
  version: string;
  core: TermsByLanguage;
  topics: TopicData[];
}

export interface CountryData {
  code: string;
  alpha2: string;
  names: Record<string, string[]>;
}

export interface CountryExtras {
  aliases: Record<string, TermsByLanguage>;
  preferredOwner: Record<string, string>;
  personNames: Record<string, string[]>;
  unlessContext: Record<string, TermsByLanguage>;
  suppress: TermsByLanguage;
}

export interface OrganisationData {
  slug: string;
  name: string;
  /** A body whose mention is itself evidence that the item is about migration (UNHCR, IOM, ...). */
  migration?: boolean;
  terms: string[];
}

export class TaggingDataError extends Error {
  constructor(file: string, why: string) {
    super(`tagging data ${file}: ${why}`);
    this.name = 'TaggingDataError';
  }
}

function dataPath(relative: string): string {
  return fileURLToPath(new URL(`../../data/${relative}`, import.meta.url));
}

function readJson(relative: string): unknown {
  const path = dataPath(relative);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new TaggingDataError(relative, (err as Error).message);
  }
}

export function checkTaxonomy(raw: unknown, file = 'taxonomy'): TaxonomyData {
  const data = raw as Partial<TaxonomyData>;
  if (typeof data?.version !== 'string' || !data.version) throw new TaggingDataError(file, 'version missing');
  if (!Array.isArray(data.topics) || data.topics.length === 0) throw new TaggingDataError(file, 'no topics');
  checkTerms(file, 'core', data.core);
  for (const [lang, list] of Object.entries(data.core ?? {})) {
    // `~` (broad) and `@` (actor) weigh topic terms only; a core term is evidence, or with `!` a
    // stop phrase.
    const weighed = list.find((t) => t.startsWith('~') || t.startsWith('@'));
    if (weighed) throw new TaggingDataError(file, `core: ${lang} term with ${weighed[0]}: ${weighed}`);
  }
  const seen = new Set<string>();
  for (const t of data.topics) {
    if (!/^[a-z0-9-]+$/.test(t?.slug ?? ''))
      throw new TaggingDataError(file, `bad slug ${JSON.stringify(t?.slug)}`);
    if (seen.has(t.slug)) throw new TaggingDataError(file, `duplicate slug ${t.slug}`);
    seen.add(t.slug);
    for (const lang of ['lt', 'en', 'ru'] as const) {
      if (!t.labels?.[lang]) throw new TaggingDataError(file, `${t.slug}: label ${lang} missing`);
    }
    checkTerms(file, t.slug, t.terms);
  }
  return data as TaxonomyData;
}

function checkTerms(file: string, owner: string, terms: unknown): void {
  if (!terms || typeof terms !== 'object') throw new TaggingDataError(file, `${owner}: terms missing`);
  for (const [lang, list] of Object.entries(terms)) {
    if (!Array.isArray(list) || list.some((t) => typeof t !== 'string' || !t.trim())) {
      throw new TaggingDataError(file, `${owner}: terms for ${lang} must be non-empty strings`);
    }
  }
}

interface LanguageTerms {
  language?: string;
  core?: unknown;
  topics?: Record<string, unknown>;
}

/**
 * The taxonomy is `taxonomy/taxonomy.json` (version, slugs, labels, flags) plus one file of match
 * terms per language, `taxonomy/terms/<language>.json` (`core` and a list per topic slug), so the
 * vocabulary of one language can be edited and reviewed on its own.
 */
export function loadTaxonomy(): TaxonomyData {
  const file = 'taxonomy/taxonomy.json';
  const raw = readJson(file) as { version?: unknown; topics?: Array<Record<string, unknown>> };
  if (!Array.isArray(raw?.topics)) throw new TaggingDataError(file, 'no topics');
  const slugs = new Set(raw.topics.map((t) => t.slug));
  const core: TermsByLanguage = {};
  const topicTerms = new Map<unknown, TermsByLanguage>(raw.topics.map((t) => [t.slug, {}]));
  const names = listData('taxonomy/terms')
    .filter((n) => n.endsWith('.json'))
    .sort();
  for (const name of names) {
    const termsFile = `taxonomy/terms/${name}`;
    const lang = name.slice(0, -'.json'.length);
    const data = readJson(termsFile) as LanguageTerms;
    if (data?.language !== lang) throw new TaggingDataError(termsFile, `language must be "${lang}"`);
    if (!Array.isArray(data.core)) throw new TaggingDataError(termsFile, 'core missing');
    core[lang] = data.core as string[];
    for (const [slug, list] of Object.entries(data.topics ?? {})) {
      if (!slugs.has(slug)) throw new TaggingDataError(termsFile, `unknown topic ${slug}`);
      if (!Array.isArray(list)) throw new TaggingDataError(termsFile, `${slug}: terms must be a list`);
      if (list.length > 0) (topicTerms.get(slug) as TermsByLanguage)[lang] = list as string[];
    }
  }
  const merged = {
    ...raw,
    core,
    topics: raw.topics.map((t) => ({ ...t, terms: topicTerms.get(t.slug) })),
  };
  return checkTaxonomy(merged, 'taxonomy/taxonomy.json + taxonomy/terms/*.json');
}

export function loadCountries(): { countries: CountryData[]; extras: CountryExtras } {
  const file = 'countries/countries.json';
  const raw = readJson(file) as { countries?: CountryData[] };
  if (!Array.isArray(raw.countries)) throw new TaggingDataError(file, 'countries missing');
  for (const c of raw.countries) {
    if (!/^[A-Z]{3}$/.test(c?.code ?? ''))
      throw new TaggingDataError(file, `bad code ${JSON.stringify(c?.code)}`);
  }
  const extras = readJson('countries/extras.json') as CountryExtras;
  if (!extras.aliases || !extras.suppress)
    throw new TaggingDataError('countries/extras.json', 'aliases missing');
  const codes = new Set(raw.countries.map((c) => c.code));
  for (const name of listData('countries/demonyms')
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = `countries/demonyms/${name}`;
    mergeDemonyms(extras, codes, name.slice(0, -'.json'.length), readJson(file), file);
  }
  return { countries: raw.countries, extras };
}

/**
 * Merges one `countries/demonyms/<lang>.json` (`{ "<alpha-3>": ["term", ...] }`: other names,
 * adjectives and demonyms of countries in one language, "Туркменистан", "туркмен*",
 * "^Ecuadorian*", in the term syntax) into the aliases of `extras.json`, after checking its shape
 * and codes.
 */
export function mergeDemonyms(
  extras: CountryExtras,
  codes: ReadonlySet<string>,
  lang: string,
  data: unknown,
  file: string,
): void {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new TaggingDataError(file, 'expected an object of country codes');
  for (const [code, terms] of Object.entries(data as Record<string, unknown>)) {
    if (!codes.has(code)) throw new TaggingDataError(file, `unknown code ${code}`);
    if (!Array.isArray(terms) || !terms.every((t) => typeof t === 'string' && t.trim()))
      throw new TaggingDataError(file, `${code}: expected a list of terms`);
    const own = extras.aliases[code] ?? {};
    extras.aliases[code] = own;
    own[lang] = [...new Set([...(own[lang] ?? []), ...(terms as string[])])];
  }
}

/** The file names in a data folder; a missing folder is a broken install, named as such. */
function listData(relative: string): string[] {
  try {
    return readdirSync(dataPath(relative));
  } catch (err) {
    throw new TaggingDataError(relative, (err as Error).message);
  }
}

export function loadOrganisations(): OrganisationData[] {
  const file = 'organisations/organisations.json';
  const raw = readJson(file) as { organisations?: OrganisationData[] };
  if (!Array.isArray(raw.organisations)) throw new TaggingDataError(file, 'organisations missing');
  for (const o of raw.organisations) {
    if (!o?.slug || !Array.isArray(o.terms))
      throw new TaggingDataError(file, `bad entry ${JSON.stringify(o?.slug)}`);
  }
  return raw.organisations;
}
