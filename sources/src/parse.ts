// Parses one fetched document of a catalogued source: a JSON API goes to its adapter; feeds
// and HTML listings go to the shared `parseDocument`, with the source's selectors.
import type { ParsedFeed } from '@mipas/core';
import { decodeBody, parseDocument } from '@mipas/ingest';
import { parseReliefwebApi } from './adapters/reliefweb-api';
import type { SourceDefinition } from './types';

export interface SourceDocument {
  contentType?: string;
  /** The URL the document was fetched from (after redirects); relative links resolve against it. */
  url: string;
  now?: Date;
}

export async function parseSourceDocument(
  def: SourceDefinition,
  bytes: Uint8Array,
  { contentType, url, now = new Date() }: SourceDocument,
): Promise<ParsedFeed> {
  if (def.kind === 'jsonapi') {
    if (def.apiAdapter === 'reliefweb') {
      return parseReliefwebApi(JSON.parse(decodeBody(bytes, contentType)), url, now);
    }
    throw new Error(`source ${def.id} is a JSON API without an adapter`);
  }
  return parseDocument(bytes, { contentType, baseUrl: url, kind: def.kind, listing: def.listing, now });
}
