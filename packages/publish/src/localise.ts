// What a reader sees of an item in their language: the curator's wording when there is one,
// otherwise the original with its language marked.
import type { PublishedItem, PublishedTag } from '@mipas/db';
import { formatDate, type Language } from './i18n';

export interface LocalisedItem {
  title: string;
  summary: string | null;
  /** Language of the text shown: the reader's when curated, else the original's. */
  textLanguage: string | null;
  /** True when the text is the original, not written for this reader language. */
  original: boolean;
}

export function localiseItem(item: PublishedItem, lang: Language): LocalisedItem {
  const title = item.titles[lang];
  if (title) return { title, summary: item.summaries[lang] ?? null, textLanguage: lang, original: false };
  return {
    title: item.title,
    summary: item.summary,
    textLanguage: item.language,
    original: item.language !== lang,
  };
}

export function labelTag(tag: Pick<PublishedTag, 'slug' | 'labels'>, lang: Language): string {
  return tag.labels[lang] ?? tag.labels.en ?? tag.slug;
}

export function itemUrl(publicUrl: string, lang: Language, id: number): string {
  return `${publicUrl.replace(/\/$/, '')}/${lang}/items/${id}`;
}

const DATE_TEXTS = new Map<string, string>();
const MAX_DATE_TEXTS = 20_000;

/**
 * `formatDate` remembered per language and minute: a listing shows each item's day and time,
 * and formatting through Intl costs more than the rest of an item's line.
 */
export function formatDateOnce(lang: Language, date: Date, withTime = false): string {
  const key = `${lang}${withTime ? 't' : 'd'}${Math.floor(date.getTime() / 60_000)}`;
  let text = DATE_TEXTS.get(key);
  if (text === undefined) {
    if (DATE_TEXTS.size >= MAX_DATE_TEXTS) DATE_TEXTS.clear();
    text = formatDate(lang, date, withTime);
    DATE_TEXTS.set(key, text);
  }
  return text;
}
