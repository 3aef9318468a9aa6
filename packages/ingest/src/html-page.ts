// Loads a fetched HTML page (a listing, an article, a page searched for feeds) into cheerio with
// its nesting bounded. cheerio's parser (parse5) looks through its stack of open elements at each
// tag, so a hostile page of 100,000 nested elements would take it minutes; real pages nest a few
// dozen deep. Tags nested deeper than MAX_NESTING are dropped before parsing (their text is kept).
import type { CheerioAPI } from 'cheerio';
import * as cheerio from 'cheerio';

export const MAX_NESTING = 256;
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

/** The page with the tags nested deeper than MAX_NESTING removed. */
function flatten(html: string): string {
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

/** The page loaded, and whether tags had to be dropped to bound its nesting (usually not). */
export function loadPage(html: string): { $: CheerioAPI; flattened: boolean } {
  const flattened = nestsTooDeep(html);
  return { $: cheerio.load(flattened ? flatten(html) : html), flattened };
}
