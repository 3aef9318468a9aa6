// What the pipeline needs to know to fetch and parse a stored source. Catalogue sources keep
// their body's definition (selectors, API adapter, configured query parameters) in `settings`,
// where admins may also edit selectors at run time.
import type { ListingSelectors, ParsedFeed } from '@mipas/core';
import type { SourceRow } from '@mipas/db';
import { endpointUrl, parseSourceDocument, type SourceDefinition } from '@mipas/sources';

export interface SourceSettings {
  listing?: ListingSelectors;
  apiAdapter?: SourceDefinition['apiAdapter'];
  /** Query parameters filled from configuration, e.g. the ReliefWeb API's appname. */
  configParams?: Record<string, string>;
}

export function settingsOf(source: SourceRow): SourceSettings {
  return source.settings as SourceSettings;
}

/** The URL to fetch, with configured parameters filled in; throws when one is not set. */
export function urlToFetch(source: SourceRow, env: Record<string, string | undefined> = process.env): string {
  return endpointUrl({ url: source.url, configParams: settingsOf(source).configParams }, env);
}

/** Scraped pages obey robots.txt; feeds and APIs are published to be fetched. */
export function isScraped(source: SourceRow): boolean {
  return source.kind === 'html';
}

export function parseFetchedDocument(
  source: SourceRow,
  body: Uint8Array,
  contentType: string | undefined,
  url: string,
  now: Date,
): Promise<ParsedFeed> {
  const settings = settingsOf(source);
  const definition = {
    id: source.id,
    // Feeds are sniffed (a source added as RSS may serve Atom or JSON Feed); pages and APIs are not.
    kind: source.kind === 'html' || source.kind === 'jsonapi' ? source.kind : undefined,
    listing: settings.listing,
    apiAdapter: settings.apiAdapter,
  } as unknown as SourceDefinition;
  return parseSourceDocument(definition, body, { contentType, url, now });
}
