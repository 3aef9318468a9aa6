// Hints about an item's language that come from outside its text: what the feed or page declares,
// language segments in its URL, and the languages its source publishes in.
import { normaliseLanguageTag } from './languages';

export interface LanguageHints {
  declared: string | null;
  url: string | null;
  source: string[];
}

const URL_QUERY_KEYS = ['lang', 'language', 'hl', 'locale', 'lng'];
/** Only the first path segments name a language; deeper ones are slugs (`/news/uk/`...). */
const URL_PATH_SEGMENTS = 3;

/** Reads the language hints of an item; malformed hints are ignored, never fatal. */
export function collectHints(
  declared: string | null | undefined,
  url: string | null | undefined,
  sourceLanguages: readonly string[] | undefined,
  candidates: ReadonlySet<string>,
): LanguageHints {
  const declaredLanguage = normaliseLanguageTag(declared);
  const source = (sourceLanguages ?? [])
    .map((tag) => normaliseLanguageTag(tag))
    .filter((tag): tag is string => tag !== null && candidates.has(tag));
  return {
    declared: declaredLanguage && candidates.has(declaredLanguage) ? declaredLanguage : null,
    url: readUrlLanguage(url, candidates),
    source: [...new Set(source)],
  };
}

/** The language a URL names in its query (`?lang=ru`) or first path segments (`/lt/`, `/en-gb/`). */
export function readUrlLanguage(
  url: string | null | undefined,
  candidates: ReadonlySet<string>,
): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const key of URL_QUERY_KEYS) {
    const language = normaliseLanguageTag(parsed.searchParams.get(key));
    if (language && candidates.has(language)) return language;
  }
  const segments = parsed.pathname.split('/').filter(Boolean).slice(0, URL_PATH_SEGMENTS);
  for (const segment of segments) {
    if (!/^[a-z]{2}(?:[-_][a-z]{2})?$/i.test(segment)) continue;
    const language = normaliseLanguageTag(segment);
    if (language && candidates.has(language)) return language;
  }
  return null;
}
