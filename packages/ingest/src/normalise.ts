// Gives each parsed item its canonical URL, a stable key (see itemKeyFor in @mipas/core) and a
// date: items without a usable one get the fetch time, keeping the flag that says why.
import type { NormalisedItem, ParsedItem } from '@mipas/core';
import { canonicaliseUrl, itemKeyFor } from '@mipas/core';
import { MAX_CANONICAL_URL_CHARS } from './limits';

function countValues(values: Array<string | null>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Every field, optional ones included, so a field added to the model cannot be dropped here. */
type AllFields<T> = { [K in keyof Required<T>]: T[K] };

// Fields are copied one by one rather than spread: this runs for every item of every fetch.
function toNormalised(
  item: ParsedItem,
  key: string,
  canonicalUrl: string | null,
  fetchedAt: Date,
): NormalisedItem {
  const dated = item.publishedAt !== null;
  const normalised: AllFields<NormalisedItem> = {
    key,
    canonicalUrl,
    guid: item.guid,
    url: item.url,
    title: item.title,
    summary: item.summary,
    contentHtml: item.contentHtml,
    contentText: item.contentText,
    publishedAt: item.publishedAt ?? new Date(fetchedAt.getTime()),
    dateFlag: dated ? item.dateFlag : item.dateFlag === 'ok' ? 'missing' : item.dateFlag,
    author: item.author,
    categories: item.categories,
    declaredLanguage: item.declaredLanguage,
  };
  return normalised;
}

/**
 * Normalises one feed's items. Items whose key repeats within the feed are dropped after the
 * first; pass `warnings` to hear about them.
 */
export function normaliseItems(items: ParsedItem[], fetchedAt: Date, warnings?: string[]): NormalisedItem[] {
  const urls = items.map((item) => (item.url ? canonicaliseUrl(item.url) : null));
  const urlCounts = countValues(urls);
  const guidCounts = countValues(items.map((item) => item.guid?.trim() || null));
  const seen = new Set<string>();
  const out: NormalisedItem[] = [];
  for (const [index, item] of items.entries()) {
    const canonicalUrl = urls[index] ?? null;
    const guid = item.guid?.trim() || null;
    const key = itemKeyFor(
      { guid, canonicalUrl, title: item.title },
      {
        urlIsUnique: canonicalUrl !== null && urlCounts.get(canonicalUrl) === 1,
        guidIsUnique: guid !== null && guidCounts.get(guid) === 1,
      },
    );
    if (seen.has(key)) {
      warnings?.push(`item ${index + 1} ("${item.title.slice(0, 60)}") repeats an earlier item; dropped`);
      continue;
    }
    seen.add(key);
    // An overlong URL would break the store's index on canonical URLs and with it the whole feed.
    const storedUrl = canonicalUrl && canonicalUrl.length <= MAX_CANONICAL_URL_CHARS ? canonicalUrl : null;
    out.push(toNormalised(item, key, storedUrl, fetchedAt));
  }
  return out;
}
