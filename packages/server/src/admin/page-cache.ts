// Pages fetched for the sources admin's previews, kept for a minute: typing selectors asks for
// a new preview every few hundred milliseconds, and each of those reads the page fetched once.
// Fetches go through the project's fetcher with its network policy and limits.
import type { Config } from '@mipas/core';

export interface FetchedPage {
  /** The URL answered after redirects. */
  url: string;
  body: Uint8Array;
  contentType: string | undefined;
  fetchedAt: Date;
}

export const PAGE_CACHE_MS = 60_000;
const MAX_PAGES = 64;
/** Bytes kept at most; the oldest pages go first (one fetch may be up to MIPAS_FETCH_MAX_BYTES). */
export const PAGE_CACHE_BYTES = 64 * 1024 * 1024;

export class PageCache {
  private readonly pages = new Map<string, { at: number; page: Promise<FetchedPage>; bytes: number }>();

  constructor(
    private readonly config: Config,
    private readonly ttlMs = PAGE_CACHE_MS,
    private readonly maxBytes = PAGE_CACHE_BYTES,
  ) {}

  /** The page at `url`, fetched now or within the last minute; `cached` says which. */
  async get(
    url: string,
    options: { respectRobots: boolean },
    now = Date.now(),
  ): Promise<{ page: FetchedPage; cached: boolean }> {
    for (const [key, entry] of this.pages) if (now - entry.at >= this.ttlMs) this.pages.delete(key);
    const key = `${options.respectRobots ? 'r' : '-'} ${url}`;
    const hit = this.pages.get(key);
    if (hit) return { page: await hit.page, cached: true };
    const page = this.fetch(url, options.respectRobots);
    const entry = { at: now, page, bytes: 0 };
    this.pages.set(key, entry);
    if (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value as string);
    try {
      const fetched = await page;
      entry.bytes = fetched.body.byteLength;
      this.trim(key);
      return { page: fetched, cached: false };
    } catch (err) {
      // A failure is not kept: the next keystroke may find the site back.
      if (this.pages.get(key)?.page === page) this.pages.delete(key);
      throw err;
    }
  }

  /** Drops the oldest pages, never `keep`, until the kept bytes fit. */
  private trim(keep: string): void {
    let total = 0;
    for (const entry of this.pages.values()) total += entry.bytes;
    for (const [key, entry] of this.pages) {
      if (total <= this.maxBytes) break;
      if (key === keep) continue;
      this.pages.delete(key);
      total -= entry.bytes;
    }
  }

  /** How many pages are kept (for tests). */
  get size(): number {
    return this.pages.size;
  }

  private async fetch(url: string, respectRobots: boolean): Promise<FetchedPage> {
    const { fetchResource } = await import('@mipas/ingest');
    const result = await fetchResource(url, {
      respectRobots,
      allowPrivateNetwork: this.config.allowPrivateNetwork,
      timeoutMs: this.config.fetchTimeoutMs,
      maxBytes: this.config.fetchMaxBytes,
      hostDelayMs: 0,
    });
    return {
      url: result.url,
      body: result.body,
      contentType: result.headers['content-type'],
      fetchedAt: new Date(),
    };
  }
}
