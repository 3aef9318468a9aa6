// Rendered pages and feeds kept in memory for a few seconds, with validators: ETag (hash of the
// body) and Last-Modified (newest item), answering conditional requests with 304.
import { hash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface Rendered {
  body: string;
  contentType: string;
  lastModified: Date;
  status?: number;
}

interface Entry extends Rendered {
  /** The body encoded once: hashed for the ETag and sent as it is. */
  payload: Buffer;
  etag: string;
  lastModifiedHttp: string;
  expires: number;
}

const MAX_ENTRIES = 5000;

export class PageCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlSeconds: number) {}

  async serve(
    request: FastifyRequest,
    reply: FastifyReply,
    render: () => Promise<Rendered>,
  ): Promise<FastifyReply> {
    const key = request.url;
    let entry = this.entries.get(key);
    if (!entry || entry.expires < Date.now()) {
      entry = this.store(key, await render());
    }
    reply.header('cache-control', `public, max-age=${Math.max(this.ttlSeconds, 60)}`);
    reply.header('etag', entry.etag);
    reply.header('last-modified', entry.lastModifiedHttp);
    reply.header('vary', 'accept-encoding');
    if (entry.status === undefined && isNotModified(request, entry)) return reply.status(304).send();
    return reply
      .status(entry.status ?? 200)
      .type(entry.contentType)
      .send(entry.payload);
  }

  private store(key: string, rendered: Rendered): Entry {
    const lastModified = new Date(Math.floor(rendered.lastModified.getTime() / 1000) * 1000);
    const payload = Buffer.from(rendered.body, 'utf8');
    const entry: Entry = {
      ...rendered,
      payload,
      lastModified,
      etag: `"${hash('sha1', payload, 'base64url')}"`,
      lastModifiedHttp: lastModified.toUTCString(),
      expires: Date.now() + this.ttlSeconds * 1000,
    };
    if (this.ttlSeconds > 0 && rendered.status === undefined) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, entry);
    }
    return entry;
  }
}

function isNotModified(request: FastifyRequest, entry: Entry): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch) return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === entry.etag);
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && entry.lastModified.getTime() <= since;
}

/** The newest change among the listed items, or the epoch when there are none. */
export function newestChange(items: Array<{ publishedAt: Date; updatedAt: Date }>): Date {
  let newest = 0;
  for (const item of items) newest = Math.max(newest, item.publishedAt.getTime(), item.updatedAt.getTime());
  return new Date(newest);
}
