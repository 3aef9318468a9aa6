// robots.txt for scraped pages (feeds and APIs are published to be fetched and skip this).
// Files are cached per origin with a TTL; the fetch itself is injected so robots.txt goes
// through the same guarded, host-queued path as every other request.

import robotsParser from 'robots-parser';
import { FetchError } from './fetch/errors';

/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'Mipas';
const ROBOTS_TTL_MS = 60 * 60_000;
/** A failed robots.txt read is retried sooner than a good one is refreshed. */
const UNAVAILABLE_TTL_MS = 5 * 60_000;
/** Crawl-delay is honoured up to this much, so one odd file cannot stall a host for hours. */
const MAX_CRAWL_DELAY_MS = 60_000;

/** What reading robots.txt came to (RFC 9309 §2.3.1). */
export type RobotsFile =
  | { kind: 'rules'; text: string }
  /** 4xx: no usable file, everything is allowed. */
  | { kind: 'allow-all' }
  /** 5xx or unreachable: nothing may be crawled for now. */
  | { kind: 'unavailable'; reason: string };

export type FetchRobotsFile = (robotsUrl: string) => Promise<RobotsFile>;

interface RobotsPolicy {
  file: RobotsFile;
  isAllowed(url: string): boolean;
  crawlDelayMs?: number;
}

interface CacheEntry {
  expiresAt: number;
  policy: Promise<RobotsPolicy>;
}

const cache = new Map<string, CacheEntry>();

/** Forgets every cached robots.txt (tests use it between cases). */
export function clearRobotsCache(): void {
  cache.clear();
}

function interpret(robotsUrl: string, file: RobotsFile): RobotsPolicy {
  if (file.kind === 'allow-all') return { file, isAllowed: () => true };
  if (file.kind === 'unavailable') return { file, isAllowed: () => false };
  const robots = robotsParser(robotsUrl, file.text);
  const delaySeconds = robots.getCrawlDelay(ROBOTS_AGENT);
  const crawlDelayMs =
    delaySeconds !== undefined && delaySeconds > 0
      ? Math.min(delaySeconds * 1000, MAX_CRAWL_DELAY_MS)
      : undefined;
  return { file, isAllowed: (url) => robots.isAllowed(url, ROBOTS_AGENT) !== false, crawlDelayMs };
}

async function loadPolicy(
  origin: string,
  fetchFile: FetchRobotsFile,
  now: () => number,
): Promise<RobotsPolicy> {
  const cached = cache.get(origin);
  if (cached && cached.expiresAt > now()) return cached.policy;
  const robotsUrl = `${origin}/robots.txt`;
  const policy = fetchFile(robotsUrl).then((file) => interpret(robotsUrl, file));
  // Concurrent checks for one origin share a single robots.txt request.
  const entry: CacheEntry = { expiresAt: Number.POSITIVE_INFINITY, policy };
  cache.set(origin, entry);
  try {
    const loaded = await policy;
    entry.expiresAt = now() + (loaded.file.kind === 'unavailable' ? UNAVAILABLE_TTL_MS : ROBOTS_TTL_MS);
    return loaded;
  } catch (error) {
    cache.delete(origin);
    throw error;
  }
}

/**
 * Throws ROBOTS_DISALLOWED / ROBOTS_UNAVAILABLE unless robots.txt lets us fetch `url`.
 * Returns the crawl delay the site asks for, if any.
 */
export async function checkRobots(
  url: URL,
  fetchFile: FetchRobotsFile,
  now: () => number = Date.now,
): Promise<{ crawlDelayMs?: number }> {
  const policy = await loadPolicy(url.origin, fetchFile, now);
  if (policy.file.kind === 'unavailable') {
    throw new FetchError(
      `robots.txt of ${url.origin} is unavailable (${policy.file.reason})`,
      'ROBOTS_UNAVAILABLE',
    );
  }
  if (!policy.isAllowed(url.href)) {
    throw new FetchError(`robots.txt of ${url.origin} disallows ${url.href}`, 'ROBOTS_DISALLOWED');
  }
  return { crawlDelayMs: policy.crawlDelayMs };
}
