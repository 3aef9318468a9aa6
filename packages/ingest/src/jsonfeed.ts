// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Only known fields are read, so
// keys such as `__proto__` in the document never reach an object's prototype.
import type { ParsedFeed } from '@mipas/core';
import { ParseError } from './errors';
import { absoluteUrl, buildItems, type RawEntry } from './item-builder';
import { htmlToText } from './text';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

/** A URL field: strings only. A number is no address, and resolving it would invent a link. */
function urlField(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function authorName(item: Json, feed: Json): string | null {
  const authors = Array.isArray(item.authors)
    ? item.authors
    : Array.isArray(feed.authors)
      ? feed.authors
      : [];
  const first = authors[0] ?? item.author ?? feed.author;
  return isObject(first) ? str(first.name) : null;
}

function toEntry(item: unknown, feed: Json): RawEntry | null {
  if (!isObject(item)) return null;
  const tags = Array.isArray(item.tags) ? item.tags.map(str).filter((t): t is string => !!t) : [];
  return {
    guid: str(item.id),
    link: urlField(item.url) ?? urlField(item.external_url),
    title: str(item.title),
    summaryHtml: str(item.summary),
    contentHtml: str(item.content_html),
    contentText: str(item.content_text),
    date: str(item.date_published) ?? str(item.date_modified),
    author: authorName(item, feed),
    categories: tags,
    language: str(item.language),
  };
}

export function parseJsonFeed(text: string, baseUrl: string, now: Date): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ParseError(`JSON Feed could not be read: ${(err as Error).message}`, 'MALFORMED_JSON');
  }
  if (!isObject(doc) || !/^https?:\/\/jsonfeed\.org\/version\//.test(str(doc.version) ?? '')) {
    throw new ParseError('JSON document is not a JSON Feed (no jsonfeed.org "version")', 'NOT_A_FEED');
  }
  if (!Array.isArray(doc.items)) throw new ParseError('JSON Feed has no "items" array', 'NOT_A_FEED');
  const warnings: string[] = [];
  const language = str(doc.language);
  const entries: RawEntry[] = [];
  for (const [index, item] of doc.items.entries()) {
    const entry = toEntry(item, doc);
    if (entry) entries.push(entry);
    else warnings.push(`item ${index + 1}: not an object; skipped`);
  }
  return {
    title: htmlToText(str(doc.title)) || null,
    homepage: absoluteUrl(urlField(doc.home_page_url), baseUrl),
    declaredLanguage: language,
    items: buildItems(entries, { baseUrl, now, language, warnings }),
    warnings,
  };
}
