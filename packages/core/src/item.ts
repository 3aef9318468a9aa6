// The item model shared by every stage. A parser produces `ParsedItem`s from a feed or page;
// normalisation turns them into `NormalisedItem`s, which the store stage writes.

export const ITEM_STATUSES = ['new', 'approved', 'rejected', 'duplicate', 'on_hold', 'withdrawn'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** How trustworthy an item's publication date is. */
export type DateFlag = 'ok' | 'missing' | 'future' | 'invalid';

export interface ParsedItem {
  guid: string | null;
  url: string | null;
  title: string;
  summary: string | null;
  /** Item body as HTML, already sanitised to a safe subset. */
  contentHtml: string | null;
  /** Item body as plain text. */
  contentText: string | null;
  publishedAt: Date | null;
  dateFlag: DateFlag;
  author: string | null;
  categories: string[];
  /** Language the feed or page declares for this item (BCP 47 as written), if any. */
  declaredLanguage: string | null;
}

export interface ParsedFeed {
  title: string | null;
  homepage: string | null;
  declaredLanguage: string | null;
  items: ParsedItem[];
  /** Problems met while parsing that did not stop it (a broken item, an odd date). */
  warnings: string[];
}

export interface NormalisedItem extends ParsedItem {
  /** Stable identity of the item within its source (see `itemKey`). */
  key: string;
  canonicalUrl: string | null;
  publishedAt: Date;
}

/** CSS selectors that read news items off an HTML listing page. */
export interface ListingSelectors {
  /** One element per news item on the listing page. */
  item: string;
  title: string;
  link: string;
  date?: string;
  /** Attribute holding the date, when it is not the element's text (e.g. `datetime`). */
  dateAttribute?: string;
  summary?: string;
}
