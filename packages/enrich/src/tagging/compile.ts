// Builds one matcher per item language from the data files, lazily, and caches it. A matcher
// holds the language's topic and country terms plus every organisation term (organisation
// names and acronyms cross languages); 'und' and unknown languages get every language's terms.
// A language with country names but no term file (cs, nl, ar, ...) gets every language's terms
// plus its own country names.
import { type CountryData, type CountryExtras, loadCountries, loadOrganisations, loadTaxonomy } from './data';
import { inflectName } from './inflect';
import { compileMatcher, type Matcher, type TermSpec } from './matcher';

export type MatchValue =
  | { kind: 'core'; weight: number }
  | { kind: 'topic'; slug: string; weight: number; actor?: true }
  | { kind: 'country'; code: string; person: boolean }
  | { kind: 'unless'; code: string }
  | { kind: 'suppress' }
  | { kind: 'org'; slug: string; migration: boolean };

export const CORE_CHANNEL = 0;
const COUNTRY_CHANNEL = 1;
const ORG_CHANNEL = 2;
const TOPIC_CHANNEL_BASE = 3;

export const SUPPORTED_LANGUAGES = ['en', 'lt', 'ru', 'pl', 'de', 'fr', 'es', 'it', 'uk'] as const;

const taxonomy = loadTaxonomy();
const { countries, extras } = loadCountries();
const organisations = loadOrganisations();
const cache = new Map<string, Matcher<MatchValue>>();

/** Languages that countries.json names countries in but that have no term file. */
export const COUNTRY_NAME_LANGUAGES: readonly string[] = [
  ...new Set(countries.flatMap((c) => Object.keys(c.names))),
].filter((l) => !(SUPPORTED_LANGUAGES as readonly string[]).includes(l));

export function getTaxonomy() {
  return taxonomy;
}
export function getCountries() {
  return countries;
}
export function getOrganisations() {
  return organisations;
}

export function matcherFor(language: string): Matcher<MatchValue> {
  const supported = (SUPPORTED_LANGUAGES as readonly string[]).includes(language);
  const lang = supported || COUNTRY_NAME_LANGUAGES.includes(language) ? language : '*';
  let matcher = cache.get(lang);
  if (!matcher) {
    if (supported || lang === '*') {
      const langs = lang === '*' ? [...SUPPORTED_LANGUAGES] : [lang];
      matcher = compileMatcher(collectSpecs(langs), TOPIC_CHANNEL_BASE + taxonomy.topics.length);
    } else {
      matcher = withOwnCountryNames(lang);
    }
    cache.set(lang, matcher);
  }
  return matcher;
}

/**
 * The '*' matcher (compiled once, shared) for core, topic and organisation terms, with a country
 * channel of the language's own: every supported language's country terms plus its own names.
 * Channels never interact, so this finds what one matcher of all those terms would, without a
 * copy of the '*' terms per language.
 */
function withOwnCountryNames(lang: string): Matcher<MatchValue> {
  const star = matcherFor('*');
  const specs = [...SUPPORTED_LANGUAGES, lang].flatMap((l) => countrySpecs(l, countries, extras));
  const own = compileMatcher(specs, COUNTRY_CHANNEL + 1);
  return {
    size: star.size + own.size,
    find(tokens) {
      const found = star.find(tokens).filter((m) => !COUNTRY_KINDS.has(m.values[0]!.kind));
      found.push(...own.find(tokens));
      return found.sort((a, b) => a.at - b.at);
    },
  };
}

const COUNTRY_KINDS: ReadonlySet<MatchValue['kind']> = new Set(['country', 'unless', 'suppress']);

function collectSpecs(langs: string[]): Array<TermSpec<MatchValue>> {
  const specs: Array<TermSpec<MatchValue>> = [];
  for (const lang of langs) {
    for (const raw of taxonomy.core[lang] ?? []) {
      // A core stop phrase (`!asilo nido`, `!бомбоубежищ*`) is longer than the core word inside
      // it, so it takes those words and counts nothing.
      const stop = raw.startsWith('!');
      specs.push({
        term: stop ? raw.slice(1) : raw,
        value: { kind: 'core', weight: stop ? 0 : 1 },
        channel: CORE_CHANNEL,
      });
    }
    taxonomy.topics.forEach((topic, i) => {
      for (const raw of topic.terms[lang] ?? []) {
        const { term, weight, actor } = topicTermWeight(raw);
        specs.push({
          term,
          value: { kind: 'topic', slug: topic.slug, weight, ...(actor ? { actor } : {}) },
          channel: TOPIC_CHANNEL_BASE + i,
        });
      }
    });
    specs.push(...countrySpecs(lang, countries, extras));
  }
  for (const org of organisations) {
    const value = { kind: 'org' as const, slug: org.slug, migration: org.migration === true };
    for (const term of org.terms) specs.push({ term, value, channel: ORG_CHANNEL });
  }
  return specs;
}

/**
 * A topic term's weight comes from its prefix: `~word` is a broad everyday word that counts
 * half ("border", "работа"); `@word` names an actor ("government", "minister", "Сейм") and counts
 * half too, but never tags its topic alone: who acts is not what is decided; `!phrase` is a stop
 * phrase that counts nothing and, being longer, keeps its words from matching the topic
 * ("нарушение закона" is not law news, "women and children" not a children's item).
 */
export function topicTermWeight(raw: string): { term: string; weight: number; actor?: true } {
  if (raw.startsWith('~')) return { term: raw.slice(1), weight: BROAD_TERM_WEIGHT };
  if (raw.startsWith('@')) return { term: raw.slice(1), weight: BROAD_TERM_WEIGHT, actor: true };
  if (raw.startsWith('!')) return { term: raw.slice(1), weight: 0 };
  return { term: raw, weight: 1 };
}

export const BROAD_TERM_WEIGHT = 0.5;

function countrySpecs(lang: string, list: CountryData[], extra: CountryExtras): Array<TermSpec<MatchValue>> {
  const specs: Array<TermSpec<MatchValue>> = [];
  const owners = ownersOfNames(lang, list, extra);
  const persons = new Set(extra.personNames[lang] ?? []);
  for (const c of list) {
    for (const name of c.names[lang] ?? []) {
      if (owners.get(name.toLowerCase()) !== c.code) continue;
      const value = { kind: 'country' as const, code: c.code, person: persons.has(c.code) };
      for (const term of nameTerms(name, lang, c.code)) specs.push({ term, value, channel: COUNTRY_CHANNEL });
    }
    for (const term of withPolishPlurals(extra.aliases[c.code]?.[lang] ?? [], lang)) {
      specs.push({ term, value: { kind: 'country', code: c.code, person: false }, channel: COUNTRY_CHANNEL });
    }
    for (const term of extra.unlessContext[c.code]?.[lang] ?? []) {
      specs.push({ term, value: { kind: 'unless', code: c.code }, channel: COUNTRY_CHANNEL });
    }
  }
  for (const term of extra.suppress[lang] ?? []) {
    specs.push({ term, value: { kind: 'suppress' }, channel: COUNTRY_CHANNEL });
  }
  return specs;
}

function nameTerms(name: string, lang: string, code: string): string[] {
  if (lang === 'ar') return arabicForms(name);
  // "Dominican" belongs to the Dominican Republic, not to Dominica.
  return [code === 'DMA' ? `^${name}` : inflectName(name, lang)];
}

/**
 * Arabic has no capitals, and writes "and", "in/with", "to/for", "so" and "like" onto the next
 * word ("وسوريا", "بألمانيا", "للعراق": ل before the article drops its alif), so a name is matched
 * as written and with each of these prefixes.
 */
const ARABIC_PREFIXES = ['', 'و', 'ب', 'ل', 'ف', 'ك', 'وب', 'ول'];
function arabicForms(name: string): string[] {
  const [first = '', ...rest] = name.split(/\s+/u);
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  return ARABIC_PREFIXES.map((p) => {
    const word = p.endsWith('ل') && first.startsWith('ال') ? `${p}ل${first.slice(2)}` : `${p}${first}`;
    return `${word}${tail}`;
  });
}

/** Polish adjectives in -ski/-cki form their plural in -scy/-ccy ("ukraiński" → "ukraińscy"). */
function withPolishPlurals(terms: string[], lang: string): string[] {
  if (lang !== 'pl') return terms;
  const plurals = terms.filter((t) => /[sc]k\*$/u.test(t)).map((t) => `${t.slice(0, -3)}${t.at(-3)}cy`);
  return [...terms, ...plurals];
}

/**
 * A name two countries share goes to the one that uses it as its main name ("Великобритания" is
 * the United Kingdom's, not a qualifier of the Virgin Islands'), else to the preferred owner
 * ("Congo"), else to nobody.
 */
function ownersOfNames(lang: string, list: CountryData[], extra: CountryExtras): Map<string, string> {
  const claims = new Map<string, Array<{ code: string; main: boolean }>>();
  for (const c of list) {
    (c.names[lang] ?? []).forEach((name, i) => {
      const key = name.toLowerCase();
      const claim = { code: c.code, main: i === 0 };
      const known = claims.get(key);
      if (known) known.push(claim);
      else claims.set(key, [claim]);
    });
  }
  const owners = new Map<string, string>();
  for (const [key, list2] of claims) {
    const codes = new Set(list2.map((c) => c.code));
    const mains = list2.filter((c) => c.main);
    if (codes.size === 1) owners.set(key, list2[0]!.code);
    else if (mains.length === 1) owners.set(key, mains[0]!.code);
    else if (extra.preferredOwner[key]) owners.set(key, extra.preferredOwner[key]!);
  }
  return owners;
}
