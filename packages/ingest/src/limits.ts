/** Items read from one feed or page; the rest are dropped with a warning. */
export const MAX_ITEMS_PER_FEED = 1000;
/** Characters of plain text kept as an item's summary. */
export const MAX_SUMMARY_CHARS = 500;
