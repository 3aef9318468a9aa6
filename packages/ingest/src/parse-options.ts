import type { ListingSelectors } from '@mipas/core';

export type DocumentKind = 'rss' | 'atom' | 'jsonfeed' | 'html';

export interface ParseOptions {
  /** The HTTP Content-Type header, used for the charset and as a format hint. */
  contentType?: string;
  /** URL the document was fetched from; relative links resolve against it. */
  baseUrl: string;
  /** Format to expect; sniffed from the bytes when absent. */
  kind?: DocumentKind;
  /** Selectors for an HTML listing page; required to read HTML. */
  listing?: ListingSelectors;
  /** Fetch time: dates after it are clamped, missing dates fall back to it. */
  now?: Date;
}
