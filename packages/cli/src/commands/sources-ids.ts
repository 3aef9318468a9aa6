// Source ids: readable, derived from a URL, and made unique against the ids already taken.

/** A readable, unique-enough id for a source added by URL: host and first path word. */
export function sourceIdFromUrl(url: URL): string {
  const host = url.hostname.replace(/^www\./, '').replace(/\.[a-z]+$/, '');
  const word = url.pathname
    .split('/')
    .find((part) => /^[a-z0-9-]{2,}$/i.test(part) && !/^(rss|feed|feeds|xml)$/i.test(part));
  return [host, word]
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** `base`, or `base-2`, `base-3`, ... whichever is not taken yet. */
export function uniqueSourceId(base: string, taken: ReadonlySet<string>): string {
  const root = base || 'source';
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) {
    const id = `${root.slice(0, 56)}-${n}`;
    if (!taken.has(id)) return id;
  }
}

export const SOURCE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
