// Reads news items off an HTML listing page with the CSS selectors a source defines. A row
// without a date keeps none (the fetch time is used later, flagged `missing`): a date is never
// invented from the page. When the item selector matches nothing, or none of its rows holds both
// a title and a link, the page is read by the generic listing reader (listing-generic.ts) and a
// warning says so; only when that finds no listing either does a page that matched nothing fail.
import type { ListingSelectors, ParsedFeed } from '@mipas/core';
import type { CheerioAPI } from 'cheerio';
import { ParseError } from './errors';
import { loadPage, MAX_NESTING } from './html-page';
import { absoluteUrl, buildItems, type RawEntry } from './item-builder';
import { type DomNode, type GenericRow, readGenericListing } from './listing-generic';
import { foldWhitespace } from './text';

type Row = ReturnType<CheerioAPI>;

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
  const { $, flattened } = loadPage(html);
  if (flattened) warnings.push(`elements nested more than ${MAX_NESTING} deep were flattened before reading`);
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
