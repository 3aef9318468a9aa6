// Addresses of the public pages and feeds, absolute under MIPAS_PUBLIC_URL.
import { type FeedFormat, LANGUAGES, type Language } from '@mipas/publish';

export interface FeedQuery {
  topic?: string[];
  country?: string[];
  source?: string[];
  language?: string[];
}

export function siteBase(publicUrl: string): string {
  return publicUrl.replace(/\/$/, '');
}

export function pageUrl(base: string, lang: Language, path = ''): string {
  return `${base}/${lang}/${path}`;
}

export function feedUrl(base: string, lang: Language, format: FeedFormat, query: FeedQuery = {}): string {
  const params = new URLSearchParams();
  for (const key of ['topic', 'country', 'source', 'language'] as const) {
    const values = query[key];
    if (values?.length) params.set(key, [...values].sort().join(','));
  }
  const qs = params.toString();
  return `${base}/${lang}/feed.${format}${qs ? `?${qs}` : ''}`;
}

/** The same page in every interface language, for hreflang alternates and the switcher. */
export function alternates(base: string, path: string): Array<{ lang: Language; url: string }> {
  return LANGUAGES.map((lang) => ({ lang, url: pageUrl(base, lang, path) }));
}
