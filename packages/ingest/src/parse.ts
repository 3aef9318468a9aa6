// The one entry point from fetched bytes to items: decodes (charset.ts), tells the format
// (sniff.ts) and hands the text to the reader for RSS/Atom, JSON Feed or an HTML listing.
import type { ParsedFeed } from '@mipas/core';
import { decodeDocument } from './charset';
import { discoverFeeds } from './discover';
import { ParseError } from './errors';
import { parseJsonFeed } from './jsonfeed';
import { parseListing } from './listing';
import type { ParseOptions } from './parse-options';
import { rootElementName, sniffKind } from './sniff';
import { parseXmlFeed } from './xml-feed';

export type { DocumentKind, ParseOptions } from './parse-options';

function pageTitle(html: string): string | null {
  const raw = /<title[^>]*>([^<]{1,200})/i.exec(html)?.[1]?.trim();
  return raw || null;
}

/** The error for an HTML page fetched where a feed was expected, naming the feeds it advertises. */
function htmlNotFeed(html: string, baseUrl: string): ParseError {
  const feeds = discoverFeeds(html, baseUrl);
  const title = pageTitle(html);
  const page = `${baseUrl} is an HTML page${title ? ` ("${title}")` : ''}, not a feed`;
  const advice = feeds.length
    ? `; it advertises ${feeds.length} feed(s): ${feeds.map((f) => `${f.url} (${f.type})`).join(', ')}`
    : '; it advertises no feed';
  return new ParseError(page + advice, 'HTML_NOT_FEED', feeds);
}

/**
 * Parses fetched bytes into a feed. The format is sniffed from the bytes unless `kind` is given;
 * even then HTML where a feed was expected is reported, not parsed. Throws ParseError when the
 * document as a whole cannot be read; a broken item is skipped with a warning instead.
 */
export async function parseDocument(bytes: Uint8Array, opts: ParseOptions): Promise<ParsedFeed> {
  const now = opts.now ?? new Date();
  const decoded = decodeDocument(bytes, opts.contentType);
  const sniffed = sniffKind(decoded.text, opts.contentType);
  if (sniffed === 'empty') throw new ParseError(`${opts.baseUrl} returned an empty document`, 'EMPTY');
  const feed = await readAs(decoded.text, sniffed, opts, now);
  feed.warnings.unshift(...decoded.warnings);
  return feed;
}

async function readAs(text: string, sniffed: ReturnType<typeof sniffKind>, opts: ParseOptions, now: Date) {
  if (opts.kind === 'html' || (!opts.kind && sniffed === 'html' && opts.listing)) {
    if (!opts.listing)
      throw new ParseError('an HTML listing needs item selectors (`listing`)', 'NO_SELECTORS');
    return parseListing(text, opts.listing, opts.baseUrl, now);
  }
  switch (sniffed) {
    case 'xml-feed':
      return parseXmlFeed(text, opts.baseUrl, now);
    case 'jsonfeed':
      return parseJsonFeed(text, opts.baseUrl, now);
    case 'html':
      throw htmlNotFeed(text, opts.baseUrl);
    case 'other-json':
      if (opts.kind === 'jsonfeed') return parseJsonFeed(text, opts.baseUrl, now);
      throw new ParseError(`${opts.baseUrl} is JSON but not a JSON Feed`, 'NOT_A_FEED');
    case 'other-xml':
      throw new ParseError(
        `${opts.baseUrl} is XML with root <${rootElementName(text)}>, not an RSS or Atom feed`,
        'NOT_A_FEED',
      );
    default:
      throw new ParseError(`${opts.baseUrl} is neither XML, JSON nor HTML`, 'NOT_A_FEED');
  }
}
