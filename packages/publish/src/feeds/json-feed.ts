// JSON Feed 1.1 (https://jsonfeed.org/version/1.1): JSON.stringify escapes, control characters
// are stripped beforehand so every reader accepts the strings.
import { stripControlChars as clean } from '../text';
import type { FeedDocument, FeedEntry } from './model';

function renderEntry(entry: FeedEntry) {
  return {
    id: entry.id,
    url: entry.url,
    ...(entry.externalUrl ? { external_url: entry.externalUrl } : {}),
    title: clean(entry.title),
    content_text: clean(entry.summary ?? entry.title),
    ...(entry.summary ? { summary: clean(entry.summary) } : {}),
    date_published: entry.published.toISOString(),
    date_modified: entry.updated.toISOString(),
    authors: [{ name: clean(entry.sourceName) }],
    tags: entry.categories.map(clean),
    ...(entry.language ? { language: entry.language } : {}),
  };
}

export function renderJsonFeed(feed: FeedDocument): string {
  return `${JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: clean(feed.title),
    home_page_url: feed.homeUrl,
    feed_url: feed.selfUrls.json,
    description: clean(feed.description),
    language: feed.language,
    ...(feed.hubUrl ? { hubs: [{ type: 'WebSub', url: feed.hubUrl }] } : {}),
    items: feed.entries.map(renderEntry),
  })}\n`;
}
