// What a reader sees of an item in their language: the curator's wording when there is one,
// otherwise the original with its language marked.
import type { PublishedItem, PublishedTag } from '@mipas/db';
import type { Language } from './i18n';

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
