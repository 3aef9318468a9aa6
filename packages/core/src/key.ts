import { createHash } from 'node:crypto';

/** A short, stable hex digest of its parts, used for item keys and job ids. */
export function digest(...parts: Array<string | null | undefined>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part ?? ''}\u0000`);
  return hash.digest('hex').slice(0, 32);
}

export interface KeyInput {
  guid: string | null;
  canonicalUrl: string | null;
  title: string;
}

/**
 * The identity of an item within its source. A feed GUID is trusted only when the caller has
 * checked it is present and unique within the feed; otherwise the canonical URL, and failing
 * that the title, identifies the item, so a rotating or duplicated GUID does not create copies.
 */
export function itemKey(input: KeyInput, guidIsReliable: boolean): string {
  if (guidIsReliable && input.guid) return digest('guid', input.guid.trim());
  if (input.canonicalUrl) return digest('url', input.canonicalUrl);
  return digest('title', input.title.trim().toLowerCase());
}
