// HTTP fetching for feeds and pages. Every request goes through `fetchResource`, which enforces
// the network policy (no private addresses unless allowed), a total deadline and a byte cap.

import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { Agent, request } from 'undici';

export const USER_AGENT = 'Mipas/0.1 (+https://github.com/mipas/mipas; migration news aggregator)';

export interface FetchOptions {
  /** Allow loopback and private addresses (tests, local mirrors). */
  allowPrivateNetwork?: boolean;
  /** Total deadline for the whole exchange, headers and body, in ms. */
  timeoutMs?: number;
  maxBytes?: number;
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
}

export interface FetchResult {
  status: number;
  url: string;
  headers: Record<string, string>;
  body: Buffer;
  notModified: boolean;
}

export class FetchError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/** True for every address a fetched URL must not reach: loopback, private, link-local, ... */
export function isForbiddenAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() !== 'unicast';
}

function guardedLookup(allowPrivate: boolean) {
  return (
    hostname: string,
    options: object,
    callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as LookupAddress[];
      const refused = allowPrivate ? undefined : list.find((a) => isForbiddenAddress(a.address));
      if (refused) {
        const error: NodeJS.ErrnoException = new FetchError(
          `refused to connect to ${hostname} (${refused.address}): private or reserved address`,
          'FORBIDDEN_ADDRESS',
        );
        return callback(error, []);
      }
      const wantsAll = (options as { all?: boolean }).all;
      if (wantsAll) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new FetchError(`no address for ${hostname}`, 'DNS'), []);
      callback(null, first.address, first.family);
    });
  };
}

const agents = new Map<boolean, Agent>();
function agentFor(allowPrivate: boolean): Agent {
  let agent = agents.get(allowPrivate);
  if (!agent) {
    agent = new Agent({ connect: { lookup: guardedLookup(allowPrivate) }, connections: 8 });
    agents.set(allowPrivate, agent);
  }
  return agent;
}

function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(`not a valid URL: ${raw}`, 'BAD_URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`only http and https URLs can be fetched: ${raw}`, 'BAD_SCHEME');
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && ipaddr.isValid(host) && isForbiddenAddress(host)) {
    throw new FetchError(`refused to fetch ${raw}: private or reserved address`, 'FORBIDDEN_ADDRESS');
  }
  return url;
}

const MAX_REDIRECTS = 5;

/** Fetches a URL under the network policy; throws `FetchError` for every failure. */
export async function fetchResource(rawUrl: string, options: FetchOptions = {}): Promise<FetchResult> {
  const allowPrivate = options.allowPrivateNetwork ?? false;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? 15 * 1024 * 1024;
  const deadline = AbortSignal.timeout(timeoutMs);
  let url = checkUrl(rawUrl, allowPrivate);
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = {
      'user-agent': USER_AGENT,
      accept:
        options.accept ??
        'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5',
    };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    let res: Awaited<ReturnType<typeof request>>;
    try {
      res = await request(url, { dispatcher: agentFor(allowPrivate), headers, signal: deadline });
    } catch (err) {
      throw toFetchError(err, url, timeoutMs);
    }
    const flat = flattenHeaders(res.headers);
    if (res.statusCode >= 300 && res.statusCode < 400 && res.statusCode !== 304 && flat.location) {
      await res.body.dump().catch(() => undefined);
      if (hop >= MAX_REDIRECTS)
        throw new FetchError(`too many redirects from ${rawUrl}`, 'TOO_MANY_REDIRECTS');
      url = checkUrl(new URL(flat.location, url).toString(), allowPrivate);
      continue;
    }
    if (res.statusCode === 304) {
      await res.body.dump().catch(() => undefined);
      return { status: 304, url: url.toString(), headers: flat, body: Buffer.alloc(0), notModified: true };
    }
    const body = await readCapped(res.body, maxBytes, url, timeoutMs);
    if (res.statusCode >= 400) {
      throw new FetchError(`${url} answered HTTP ${res.statusCode}`, 'HTTP_STATUS', res.statusCode);
    }
    return { status: res.statusCode, url: url.toString(), headers: flat, body, notModified: false };
  }
}

async function readCapped(
  body: AsyncIterable<Buffer>,
  maxBytes: number,
  url: URL,
  timeoutMs: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      total += chunk.length;
      if (total > maxBytes) throw new FetchError(`${url} sent more than ${maxBytes} bytes`, 'TOO_LARGE');
      chunks.push(chunk);
    }
  } catch (err) {
    throw toFetchError(err, url, timeoutMs);
  }
  return Buffer.concat(chunks);
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function toFetchError(err: unknown, url: URL, timeoutMs: number): FetchError {
  if (err instanceof FetchError) return err;
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof FetchError) return cause;
  const name = (err as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new FetchError(`${url} did not answer within ${timeoutMs} ms`, 'TIMEOUT');
  }
  const message = err instanceof Error ? err.message : String(err);
  return new FetchError(`${url}: ${message}`, 'NETWORK');
}
