// Reads news items off an HTML listing page with the CSS selectors a source defines. A row
// without a date keeps none (the fetch time is used later, flagged `missing`): a date is never
// invented from the page.
import type { ListingSelectors, ParsedFeed } from '@mipas/core';
import type { CheerioAPI } from 'cheerio';
import * as cheerio from 'cheerio';
import { ParseError } from './errors';
import { absoluteUrl, buildItems, type RawEntry } from './item-builder';
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
  const $ = cheerio.load(html);
  const base = absoluteUrl($('base[href]').attr('href'), baseUrl) ?? baseUrl;
  const rows = $(selectors.item);
  if (!rows.length) {
    throw new ParseError(`no element matches the item selector "${selectors.item}"`, 'NOT_A_FEED');
  }
  const language = $('html').attr('lang')?.trim() || null;
  const entries: RawEntry[] = rows.toArray().map((row) => {
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
  const warnings: string[] = [];
  return {
    title: foldWhitespace($('title').first().text()) || null,
    homepage: base,
    declaredLanguage: language,
    items: buildItems(entries, { baseUrl: base, now, language, warnings }),
    warnings,
  };
}

function escapeForBuilder(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
