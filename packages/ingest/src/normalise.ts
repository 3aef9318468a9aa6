import type { NormalisedItem, ParsedItem } from '@mipas/core';
import { canonicaliseUrl, itemKey } from '@mipas/core';

/**
 * Gives each parsed item its canonical URL, a stable key and a date (fetch time, flagged, when
 * the item has none). Items whose key repeats within one feed are dropped after the first.
 */
export function normaliseItems(items: ParsedItem[], fetchedAt: Date): NormalisedItem[] {
  const guidCounts = new Map<string, number>();
  for (const item of items) if (item.guid) guidCounts.set(item.guid, (guidCounts.get(item.guid) ?? 0) + 1);
  const seen = new Set<string>();
  const out: NormalisedItem[] = [];
  for (const item of items) {
    const canonicalUrl = item.url ? canonicaliseUrl(item.url) : null;
    const reliableGuid = item.guid !== null && guidCounts.get(item.guid) === 1;
    const key = itemKey({ guid: item.guid, canonicalUrl, title: item.title }, reliableGuid);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      ...item,
      key,
      canonicalUrl,
      publishedAt: item.publishedAt ?? fetchedAt,
      dateFlag: item.publishedAt ? item.dateFlag : item.dateFlag === 'ok' ? 'missing' : item.dateFlag,
    });
  }
  return out;
}
