// Parses RSS and Atom feeds into the shared item model. The bytes are decoded here (see
// charset.ts), never by rss-parser, which mis-decodes legacy charsets.
import type { ParsedFeed, ParsedItem } from '@mipas/core';
import Parser from 'rss-parser';
import { decodeBody } from './charset';
import { parseDate } from './date';
import { htmlToText, sanitise } from './text';

const parser = new Parser();

export class ParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ParseError';
  }
}

type RawItem = Parser.Item & {
  'content:encoded'?: string;
  description?: string;
  id?: string;
  author?: string;
};

function absolute(link: string | undefined, base: string): string | null {
  if (!link) return null;
  try {
    return new URL(link.trim(), base).toString();
  } catch {
    return null;
  }
}

export async function parseFeed(
  bytes: Uint8Array,
  contentType: string | undefined,
  baseUrl: string,
  now = new Date(),
): Promise<ParsedFeed> {
  const xml = decodeBody(bytes, contentType);
  if (!/<(rss|feed|rdf:RDF)[\s>]/i.test(xml.slice(0, 4096))) {
    throw new ParseError('not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)');
  }
  let feed: Parser.Output<RawItem>;
  try {
    feed = (await parser.parseString(xml)) as Parser.Output<RawItem>;
  } catch (err) {
    throw new ParseError(`feed XML could not be read: ${(err as Error).message}`);
  }
  const warnings: string[] = [];
  const feedLanguage = (feed as { language?: string }).language ?? null;
  const items: ParsedItem[] = [];
  for (const [index, raw] of (feed.items ?? []).entries()) {
    const title = htmlToText(raw.title);
    const url = absolute(raw.link, baseUrl);
    if (!title && !url) {
      warnings.push(`item ${index + 1} has neither title nor link: skipped`);
      continue;
    }
    const html = raw['content:encoded'] ?? raw.content ?? raw.description ?? null;
    const summarySource = raw.contentSnippet ?? raw.summary ?? raw.description ?? raw.content ?? '';
    const date = parseDate(raw.isoDate ?? raw.pubDate ?? null, now);
    if (date.flag !== 'ok') warnings.push(`item ${index + 1}: date ${date.flag}`);
    items.push({
      guid: raw.guid?.trim() || raw.id?.trim() || null,
      url,
      title: title || url || '',
      summary: htmlToText(summarySource).slice(0, 2000) || null,
      contentHtml: html ? sanitise(html, url ?? baseUrl) : null,
      contentText: html ? htmlToText(html) : null,
      publishedAt: date.date,
      dateFlag: date.flag,
      author: raw.creator ?? raw.author ?? null,
      categories: (raw.categories ?? [])
        .map((c) => (typeof c === 'string' ? c : String((c as { _?: string })._ ?? '')))
        .filter(Boolean),
      declaredLanguage: feedLanguage,
    });
  }
  return {
    title: feed.title ?? null,
    homepage: absolute(feed.link, baseUrl),
    declaredLanguage: feedLanguage,
    items,
    warnings,
  };
}
