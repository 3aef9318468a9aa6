// The home page and the listings per topic, country, source and original language.
import type { PublishedItem, PublishedTag } from '@mipas/db';
import { type Language, translate } from '@mipas/publish';
import { h } from '../html';
import type { FeedQuery } from '../urls';
import { renderChips, renderItemsByDay, renderOlderLink } from './item-list';
import { renderPage } from './layout';

export interface ListingInput {
  lang: Language;
  base: string;
  path: string;
  title: string;
  items: PublishedItem[];
  limit: number;
  feed: FeedQuery;
  topics?: PublishedTag[];
  countries?: PublishedTag[];
}

export function renderListing(input: ListingInput): string {
  const { lang, base } = input;
  const body = h`<h1>${input.title}</h1>
${renderChips(translate(lang, 'topics'), input.topics ?? [], lang, base)}
${renderChips(translate(lang, 'countries'), input.countries ?? [], lang, base)}
${renderItemsByDay(input.items, lang, base)}
${renderOlderLink(input.items, input.limit, lang, `${base}/${lang}/${input.path}`)}`;
  return renderPage({ lang, base, path: input.path, title: input.title, feed: input.feed }, body);
}
