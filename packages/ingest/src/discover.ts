// Finds the feeds an HTML page advertises. `<link rel="alternate">` with a feed type ranks
// first, in page order, main feeds before comment feeds; links in the body whose address looks
// like a feed come after, as weaker evidence.
import type { DiscoveredFeed } from './errors';
import { loadPage } from './html-page';
import { absoluteUrl } from './item-builder';

const TYPES: Record<string, DiscoveredFeed['type']> = {
  'application/rss+xml': 'rss',
  'application/rdf+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'jsonfeed',
  'application/json': 'jsonfeed',
};

const FEEDLIKE_HREF =
  /(?:\/feed\/?|\/rss\/?|\.rss|\/atom\/?|\.atom|rss\.xml|atom\.xml|feed\.xml|feed\.json)(?:$|\?)/i;
const COMMENTS = /comment|коммент|komentar/i;

interface Candidate extends DiscoveredFeed {
  rank: number;
}

/** Feeds advertised by a page, best first, without duplicates. */
export function discoverFeeds(html: string, baseUrl: string): DiscoveredFeed[] {
  const { $ } = loadPage(html);
  const base = absoluteUrl($('base[href]').attr('href'), baseUrl) ?? baseUrl;
  const found: Candidate[] = [];
  $('link[href]').each((order, el) => {
    const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const type = TYPES[($(el).attr('type') ?? '').toLowerCase().split(';')[0]?.trim() ?? ''];
    const url = absoluteUrl($(el).attr('href'), base);
    if (!rel.includes('alternate') || !type || !url) return;
    const title = $(el).attr('title')?.trim() || null;
    found.push({ url, type, title, rank: (title && COMMENTS.test(title) ? 1000 : 0) + order });
  });
  $('a[href]').each((order, el) => {
    const href = $(el).attr('href') ?? '';
    const url = absoluteUrl(href, base);
    if (!url || !FEEDLIKE_HREF.test(new URL(url).pathname + new URL(url).search)) return;
    const type = /atom/i.test(href) ? 'atom' : /json/i.test(href) ? 'jsonfeed' : 'rss';
    found.push({ url, type, title: $(el).text().trim() || null, rank: 10_000 + order });
  });
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.rank - b.rank)
    .filter((f) => !seen.has(f.url) && seen.add(f.url))
    .map(({ url, type, title }) => ({ url, type, title }));
}
