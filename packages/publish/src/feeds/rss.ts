// RSS 2.0 with the Atom namespace for the self link and the WebSub hub.
import { escapeMarkup as x } from '../text';
import type { FeedDocument, FeedEntry } from './model';

function renderItem(entry: FeedEntry): string {
  const categories = entry.categories.map((c) => `<category>${x(c)}</category>`).join('');
  const description = entry.summary ? `<description>${x(entry.summary)}</description>` : '';
  return `<item><title>${x(entry.title)}</title><link>${x(entry.url)}</link>${description}<guid isPermaLink="true">${x(entry.id)}</guid><pubDate>${entry.published.toUTCString()}</pubDate><dc:creator>${x(entry.sourceName)}</dc:creator>${categories}</item>`;
}

export function renderRss(feed: FeedDocument): string {
  const hub = feed.hubUrl ? `<atom:link rel="hub" href="${x(feed.hubUrl)}"/>` : '';
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${x(feed.title)}</title><link>${x(feed.homeUrl)}</link><description>${x(feed.description)}</description><language>${x(feed.language)}</language><lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate><atom:link rel="self" type="application/rss+xml" href="${x(feed.selfUrls.rss)}"/>${hub}
${feed.entries.map(renderItem).join('\n')}
</channel></rss>
`;
}
