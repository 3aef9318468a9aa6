// Options, results and their defaults for `fetchResource`.

import { defaultHostDelayMs } from '../hosts';
import { FetchError } from './errors';
import { createPolicy, type NetworkPolicy } from './policy';
import type { FetchTrace } from './trace';

export const USER_AGENT = 'Mipas/0.1 (+https://github.com/mipas/mipas; migration news aggregator)';
export const DEFAULT_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5';
export const MAX_REDIRECTS = 5;

export interface FetchOptions {
  /** Allow every loopback and private address (tests, local mirrors). Default false. */
  allowPrivateNetwork?: boolean;
  /** `host:port` pairs allowed even though private, e.g. one local test server. Default none. */
  allowedPrivateHosts?: readonly string[];
  /** One deadline for the whole fetch (every hop, headers and body), in ms. Default 20 000. */
  timeoutMs?: number;
  /** Cap on body bytes received on the wire. Default 15 MiB. */
  maxBytes?: number;
  /** Cap on body bytes after decompression. Default 15 MiB. */
  maxDecodedBytes?: number;
  /** Validators stored from the previous fetch; a 304 answer then returns `notModified`. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** Check robots.txt first (scraped pages). Default false: feeds and APIs are meant to be fetched. */
  respectRobots?: boolean;
  /** Pause between requests to one host, in ms. Default `MIPAS_HOST_DELAY_MS` or 1000. */
  hostDelayMs?: number;
  /** Cancels the fetch, including while it waits for its host. */
  signal?: AbortSignal;
}

export interface FetchResult extends FetchTrace {
  status: number;
  /** Final URL, after redirects. */
  url: string;
  headers: Record<string, string>;
  /** Raw (decompressed, undecoded) bytes; empty when `notModified`. */
  body: Buffer;
  notModified: boolean;
  /** Validators to store for the next conditional request. */
  etag: string | null;
  lastModified: string | null;
}

export interface FetchSettings {
  policy: NetworkPolicy;
  timeoutMs: number;
  maxBytes: number;
  maxDecodedBytes: number;
  hostDelayMs: number;
  respectRobots: boolean;
}

function readLimit(name: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < min) {
    throw new FetchError(`${name} must be a number >= ${min}, got ${value}`, 'BAD_OPTIONS');
  }
  return value;
}

function resolveHostDelay(value: number | undefined): number {
  if (value !== undefined) return readLimit('hostDelayMs', value, 0, 0);
  try {
    return defaultHostDelayMs();
  } catch (error) {
    throw new FetchError((error as Error).message, 'BAD_OPTIONS');
  }
}

/** Validates options and fills in defaults; throws BAD_OPTIONS naming the offending field. */
export function resolveSettings(options: FetchOptions): FetchSettings {
  return {
    policy: createPolicy(options.allowPrivateNetwork ?? false, options.allowedPrivateHosts ?? []),
    timeoutMs: readLimit('timeoutMs', options.timeoutMs, 20_000, 1),
    maxBytes: readLimit('maxBytes', options.maxBytes, 15 * 1024 * 1024, 0),
    maxDecodedBytes: readLimit('maxDecodedBytes', options.maxDecodedBytes, 15 * 1024 * 1024, 0),
    hostDelayMs: resolveHostDelay(options.hostDelayMs),
    respectRobots: options.respectRobots ?? false,
  };
}
