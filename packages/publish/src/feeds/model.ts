// One feed model that every format renders: the RSS, Atom and JSON Feed writers differ only in
// syntax, so the same items, links and dates appear in all three.
export const FEED_FORMATS = ['rss', 'atom', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export interface FeedEntry {
  /** Stable, unique id: the item's page on this site. */
  id: string;
  /** The item's page on this site. */
  url: string;
  /** The original article, when known. */
  externalUrl: string | null;
  title: string;
  summary: string | null;
  published: Date;
  updated: Date;
  /** Tag labels. */
  categories: string[];
  sourceName: string;
  /** Language of the title and summary. */
  language: string | null;
}

export interface FeedDocument {
  title: string;
  description: string;
  /** Interface language (lt, en, ru). */
  language: string;
  /** The HTML page this feed mirrors. */
  homeUrl: string;
  /** This feed's own address in each format. */
  selfUrls: Record<FeedFormat, string>;
  hubUrl?: string | undefined;
  updated: Date;
  entries: FeedEntry[];
}
