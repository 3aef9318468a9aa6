// The shape of one source body's definition. Everything a source needs is data here: URLs,
// selectors, languages, scope and default tags. The registry (index.ts) lists every file.
import type { ListingSelectors } from '@mipas/core';

export type { ListingSelectors };

export type SourceKind = 'rss' | 'atom' | 'jsonfeed' | 'html' | 'jsonapi';

export interface ArticleSelectors {
  /** The article body on the item's own page, for full text. */
  content: string;
}

export interface SourceEndpoint {
  url: string;
  /** ISO 639-1 language of this endpoint's items, when it publishes in one language. */
  language?: string;
  /** A section name, when the body has one endpoint per section. */
  section?: string;
  /**
   * Query parameters whose values come from configuration: parameter name → environment
   * variable, e.g. `{ appname: 'MIPAS_RELIEFWEB_APPNAME' }`. See `endpointUrl`.
   */
  configParams?: Record<string, string>;
}

/** A JSON API whose response needs its own adapter (see `adapters/`). */
export type ApiAdapter = 'reliefweb';

export interface SourceDefinition {
  /** Stable slug, e.g. `unhcr`; the database key of the source. */
  id: string;
  name: string;
  organisation: string;
  homepage: string;
  /** ISO 639-1 codes the body publishes in. */
  languages: string[];
  /** ISO 3166 alpha-3 codes, or `EU`, `EUR`, `WORLD` for regional scope. */
  scope: string[];
  kind: SourceKind;
  endpoints: SourceEndpoint[];
  /** Minutes between polls. */
  pollMinutes: number;
  /** Topic slugs applied to every item of this source. */
  defaultTags: string[];
  listing?: ListingSelectors;
  article?: ArticleSelectors;
  /** For `jsonapi` sources: the adapter that reads the API's response. */
  apiAdapter?: ApiAdapter;
  /** Configuration the source needs to run, e.g. `MIPAS_RELIEFWEB_APPNAME`. */
  requiresConfig?: string[];
  /** A primary body publishes its own news; others re-post (used to pick a story's original). */
  primary: boolean;
  notes?: string;
}
