// Turns published items into feed entries for one reader language.
import type { PublishedItem } from '@mipas/db';
import type { Language } from '../i18n';
import { itemUrl, labelTag, localiseItem } from '../localise';
import type { FeedEntry } from './model';

export function toFeedEntry(item: PublishedItem, lang: Language, publicUrl: string): FeedEntry {
  const text = localiseItem(item, lang);
  const url = itemUrl(publicUrl, lang, item.id);
  return {
    id: url,
    url,
    externalUrl: item.url,
    title: text.title,
    summary: text.summary,
    published: item.publishedAt,
    updated: new Date(Math.max(item.updatedAt.getTime(), item.publishedAt.getTime())),
    categories: item.tags
      .filter((t) => t.kind === 'topic' || t.kind === 'country')
      .map((t) => labelTag(t, lang)),
    sourceName: item.sourceName,
    language: text.textLanguage,
  };
}
