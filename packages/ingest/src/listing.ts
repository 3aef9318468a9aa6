// Reads news items off an HTML listing page with the CSS selectors a source defines. A row
// without a date keeps none (the fetch time is used later, flagged `missing`): a date is never
// invented from the page. When the item selector matches nothing, or none of its rows holds both
// a title and a link, the page is read by the generic listing reader (listing-generic.ts) and a
// warning says so; only when that finds no listing either does a page that matched nothing fail.
import type { ListingSelectors, ParsedFeed } from '@mipas/core';
import type { CheerioAPI } from 'cheerio';
import * as cheerio from 'cheerio';
import { ParseError } from './errors';
import { absoluteUrl, buildItems, type RawEntry } from './item-builder';
import { type DomNode, type GenericRow, readGenericListing } from './listing-generic';
import { foldWhitespace } from './text';

type Row = ReturnType<CheerioAPI>;

/**
 * Element nesting kept. cheerio's parser (parse5) looks through its stack of open elements at
 * each tag, so a hostile page of 100,000 nested elements would take it minutes; real listings
 * nest a few dozen deep. Tags nested deeper are dropped before parsing (their text is kept).
 */
const MAX_NESTING = 256;
/** Elements without content, and those whose end tag may be left out: they are not counted. */
const NOT_NESTING = new Set([
  ...'area base br col embed hr img input link meta source track wbr'.split(' '),
  ...'p li dt dd option optgroup tr td th thead tbody tfoot colgroup rb rt rp rtc html head body'.split(' '),
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

function nests(name: string, selfClosing: string): boolean {
  return !selfClosing && !NOT_NESTING.has(name.toLowerCase());
}

/** Whether open tags (less close tags) ever pile up past MAX_NESTING; stops as soon as they do. */
function nestsTooDeep(html: string): boolean {
  let depth = 0;
  for (const [, close, name, selfClosing] of html.matchAll(TAG)) {
    if (!nests(name as string, selfClosing as string)) continue;
    if (close) depth = Math.max(0, depth - 1);
    else if (++depth > MAX_NESTING) return true;
  }
  return false;
}

/** The page with the tags nested deeper than MAX_NESTING removed (usually the page as it is). */
function limitNesting(html: string, warnings: string[]): string {
  if (!nestsTooDeep(html)) return html;
  warnings.push(`elements nested more than ${MAX_NESTING} deep were flattened before reading`);
  let depth = 0;
  return html.replace(TAG, (tag, close: string, name: string, selfClosing: string) => {
    if (!nests(name, selfClosing)) return tag;
    if (close) {
      const dropped = depth > MAX_NESTING;
      depth = Math.max(0, depth - 1);
      return dropped ? '' : tag;
    }
    return ++depth > MAX_NESTING ? '' : tag;
  });
}

/** The row itself when it matches, else its first matching descendant. */
function pick($row: Row, selector: string): Row {
  return $row.is(selector) ? $row : $row.find(selector).first();
}

function readLink($row: Row, selector: string): string | null {
  const found = pick($row, selector);
  const href = found.attr('href') ?? found.find('a[href]').first().attr('href');
  return href ?? null;
}

function readDate($row: Row, selectors: ListingSelectors): string | null {
  if (!selectors.date) return null;
  const found = pick($row, selectors.date);
  if (!found.length) return null;
  const value = selectors.dateAttribute ? found.attr(selectors.dateAttribute) : found.text();
  return value ? foldWhitespace(value) : null;
}

export function parseListing(
  html: string,
  selectors: ListingSelectors,
  baseUrl: string,
  now: Date,
): ParsedFeed {
  const warnings: string[] = [];
  const $ = cheerio.load(limitNesting(html, warnings));
  const base = absoluteUrl($('base[href]').attr('href'), baseUrl) ?? baseUrl;
  const rows = $(selectors.item);
  const language = $('html').attr('lang')?.trim() || null;
  let entries: RawEntry[] = rows.toArray().map((row) => {
    const $row = $(row);
    const title = pick($row, selectors.title);
    return {
      // Text, not markup: escape it so entity decoding in the item builder does not run twice.
      title: escapeForBuilder(title.text()),
      link: readLink($row, selectors.link),
      summaryHtml: selectors.summary ? pick($row, selectors.summary).html() : null,
      date: readDate($row, selectors),
    };
  });
  if (!entries.some((entry) => entry.link && entry.title?.trim())) {
    const generic = readGenericListing($.root()[0] as DomNode, now);
    const missed = rows.length
      ? `item selector "${selectors.item}" matched ${rows.length} element(s), none with both a title and a link`
      : `item selector "${selectors.item}" matched nothing`;
    if (generic.length) {
      warnings.push(
        `${missed}; ${generic.length} items read by the generic listing reader (check the source's selectors)`,
      );
      entries = generic.map(toEntry);
    } else if (!rows.length) {
      throw new ParseError(
        `no element matches the item selector "${selectors.item}", and the generic listing reader found no list of headline links`,
        'NOT_A_FEED',
      );
    }
  }
  return {
    title: foldWhitespace($('title').first().text()) || null,
    homepage: base,
    declaredLanguage: language,
    items: buildItems(entries, { baseUrl: base, now, language, warnings }),
    warnings,
  };
}

function toEntry(row: GenericRow): RawEntry {
  return {
    title: escapeForBuilder(row.title),
    link: row.link,
    summaryHtml: row.summary ? escapeForBuilder(row.summary) : null,
    date: row.date,
  };
}

function escapeForBuilder(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
