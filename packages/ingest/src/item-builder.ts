// Builds the shared ParsedItem from the fields each format yields (RSS, Atom, JSON Feed, HTML
// listing), so titles, links, dates and HTML get the same treatment whatever the format.
import type { ParsedItem } from '@mipas/core';
import { parseDate } from './date';
import { MAX_ITEMS_PER_FEED, MAX_SUMMARY_CHARS } from './limits';
import { sanitiseWithText } from './sanitise';
import { htmlToText, textToHtml } from './text';

export interface RawEntry {
  guid?: string | null;
  link?: string | null;
  /** Title as found; may hold markup or entities (RSS titles often do). */
  title?: string | null;
  /** Short description, HTML allowed. */
  summaryHtml?: string | null;
  /** Full body, HTML allowed. */
  contentHtml?: string | null;
  /** Full body given as plain text only (JSON Feed `content_text`). */
  contentText?: string | null;
  date?: string | null;
  author?: string | null;
  categories?: string[];
  language?: string | null;
  /** Base URL declared for this entry (Atom xml:base), relative to the document. */
  base?: string | null;
}

export interface BuildContext {
  baseUrl: string;
  now: Date;
  language: string | null;
  warnings: string[];
}

/** An absolute http(s) URL, or null. */
export function absoluteUrl(link: string | null | undefined, base: string): string | null {
  if (!link?.trim()) return null;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

function uniqueCategories(categories: string[] | undefined): string[] {
  const seen = new Set<string>();
  for (const raw of categories ?? []) {
    const text = htmlToText(raw);
    if (text) seen.add(text);
  }
  return [...seen];
}

const NUL = '\u0000';

function stripNul(value: unknown): unknown {
  return typeof value === 'string' ? value.replaceAll(NUL, '') : value;
}

/**
 * The entry without NUL characters, which JSON (and a lenient HTML parse) can carry but a
 * PostgreSQL text column refuses: one such field failed the store of the whole feed. Every field
 * of an entry is a string, a list of strings or null.
 */
function withoutNuls(raw: RawEntry): RawEntry {
  const values = Object.values(raw).flat();
  if (!values.some((v) => typeof v === 'string' && v.includes(NUL))) return raw;
  return Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.map(stripNul) : stripNul(value),
    ]),
  ) as RawEntry;
}

/** Builds one item; returns null (with a warning) when it has neither title nor link. */
export function buildItem(entry: RawEntry, position: number, ctx: BuildContext): ParsedItem | null {
  const raw = withoutNuls(entry);
  const base = absoluteUrl(raw.base, ctx.baseUrl) ?? ctx.baseUrl;
  const guid = raw.guid?.trim() || null;
  const url =
    absoluteUrl(raw.link, base) ?? (guid && /^https?:\/\//i.test(guid) ? absoluteUrl(guid, base) : null);
  const bodySource = raw.contentHtml?.trim()
    ? raw.contentHtml
    : raw.summaryHtml?.trim()
      ? raw.summaryHtml
      : null;
  // Links in the body resolve against xml:base when the entry declares one, else the item's link.
  const linkBase = raw.base ? base : (url ?? base);
  const body = bodySource ? sanitiseWithText(bodySource, linkBase) : null;
  const contentText = body ? body.text : raw.contentText?.trim() || null;
  const summarySource = raw.summaryHtml?.trim() ? raw.summaryHtml : null;
  const summaryText =
    summarySource === bodySource ? contentText : summarySource ? htmlToText(summarySource) : contentText;
  let title = htmlToText(raw.title);
  if (!title && !url) {
    ctx.warnings.push(`item ${position}: neither title nor link; skipped`);
    return null;
  }
  if (!title) title = summaryText ? truncate(summaryText, 120) : (url as string);
  const date = parseDate(raw.date, ctx.now);
  if (date.flag === 'invalid' || date.flag === 'future') {
    ctx.warnings.push(`item ${position}: date "${String(raw.date).slice(0, 60)}" is ${date.flag}`);
  }
  return {
    guid,
    url,
    title,
    summary: summaryText ? truncate(summaryText, MAX_SUMMARY_CHARS) : null,
    contentHtml: body ? body.html || null : contentText ? `<p>${textToHtml(contentText)}</p>` : null,
    contentText: contentText || null,
    publishedAt: date.date,
    dateFlag: date.flag,
    author: htmlToText(raw.author) || null,
    categories: uniqueCategories(raw.categories),
    declaredLanguage: raw.language?.trim() || ctx.language,
  };
}

/** Builds every entry, skipping broken ones with a warning and capping the count. */
export function buildItems(entries: readonly RawEntry[], ctx: BuildContext): ParsedItem[] {
  if (entries.length > MAX_ITEMS_PER_FEED) {
    ctx.warnings.push(`${entries.length} items; only the first ${MAX_ITEMS_PER_FEED} were read`);
  }
  const items: ParsedItem[] = [];
  let missingDates = 0;
  for (const [index, entry] of entries.slice(0, MAX_ITEMS_PER_FEED).entries()) {
    try {
      const item = buildItem(entry, index + 1, ctx);
      if (!item) continue;
      if (item.dateFlag === 'missing') missingDates++;
      items.push(item);
    } catch (err) {
      ctx.warnings.push(`item ${index + 1}: could not be read (${(err as Error).message}); skipped`);
    }
  }
  if (missingDates) ctx.warnings.push(`${missingDates} item(s) without a date`);
  return items;
}
