// Picks the writer for a format.
import { renderAtom } from './atom';
import { renderJsonFeed } from './json-feed';
import type { FeedDocument, FeedFormat } from './model';
import { renderRss } from './rss';

const WRITERS: Record<FeedFormat, (feed: FeedDocument) => string> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
};

export function renderFeed(feed: FeedDocument, format: FeedFormat): string {
  return WRITERS[format](feed);
}
