import { hash } from 'node:crypto';

/**
 * A short, stable hex digest of its parts, used for item keys and job ids: SHA-256 of the parts,
 * each followed by a NUL, cut to 32 hex digits. One-shot `hash` because a Hash object per key
 * cost more than the hashing itself.
 */
export function digest(...parts: Array<string | null | undefined>): string {
  let input = '';
  for (const part of parts) input += `${part ?? ''}\u0000`;
  return hash('sha256', input, 'hex').slice(0, 32);
}

export interface KeyInput {
  guid: string | null;
  canonicalUrl: string | null;
  title: string;
}

/** Which identifiers the caller found to be unique within the feed being read. */
export interface KeyTrust {
  urlIsUnique: boolean;
  guidIsUnique: boolean;
}

function normaliseTitle(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The identity of an item within its source, in order of preference:
 *   1. the canonical URL, when unique within the feed: it survives GUID rotation (some CMSs mint a
 *      new GUID on every render) and is what a reader recognises as "the same article";
 *   2. the GUID, when unique within the feed: for items without a usable URL, or whose URLs
 *      repeat (every row linking to one page);
 *   3. the canonical URL together with the title, when both URL and GUID repeat;
 *   4. the title alone, when the item has neither URL nor GUID.
 * A URL that changes (a slug edited after publication) yields a new key; the dedup stage, which
 * compares titles and text, is where such pairs are merged.
 */
export function itemKeyFor(input: KeyInput, trust: KeyTrust): string {
  if (input.canonicalUrl && trust.urlIsUnique) return digest('url', input.canonicalUrl);
  const guid = input.guid?.trim();
  if (guid && trust.guidIsUnique) return digest('guid', guid);
  if (input.canonicalUrl) return digest('url+title', input.canonicalUrl, normaliseTitle(input.title));
  return digest('title', normaliseTitle(input.title));
}

/** Older form: the URL is taken as unique, the GUID as the caller says. */
export function itemKey(input: KeyInput, guidIsReliable: boolean): string {
  return itemKeyFor(input, { urlIsUnique: true, guidIsUnique: guidIsReliable });
}
