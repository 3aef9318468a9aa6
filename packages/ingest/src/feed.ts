// The feed-reading entry point the pipeline has used since the start; it now goes through
// parseDocument, so JSON Feed and the HTML-instead-of-feed diagnosis come with it.
import type { ParsedFeed } from '@mipas/core';
import { parseDocument } from './parse';

export type { DiscoveredFeed, ParseErrorCode } from './errors';
export { ParseError } from './errors';

export async function parseFeed(
  bytes: Uint8Array,
  contentType: string | undefined,
  baseUrl: string,
  now = new Date(),
): Promise<ParsedFeed> {
  return parseDocument(bytes, { contentType, baseUrl, now });
}
