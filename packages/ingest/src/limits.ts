/** Items read from one feed or page; the rest are dropped with a warning. */
export const MAX_ITEMS_PER_FEED = 1000;
/** Characters of plain text kept as an item's summary. */
export const MAX_SUMMARY_CHARS = 500;
/**
 * Longest canonical URL stored as one (it is a unique index key, and PostgreSQL refuses index
 * entries above about 2.7 kB); a longer one still keys the item and is kept as its `url`.
 */
export const MAX_CANONICAL_URL_CHARS = 2048;
