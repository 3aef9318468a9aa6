// Sources admin: health list, preview of a URL's items before adding, selectors with live
// preview, enable/disable/trust, fetch now (the scheduler picks the source up on its next tick).
import type { ListingSelectors } from '@mipas/core';
import {
  addSource,
  countItemsPerSource,
  getSource,
  listSources,
  recordAudit,
  SourceExistsError,
  type SourceRow,
  updateSource,
} from '@mipas/db';
import { parseFetchedDocument } from '@mipas/pipeline';
import type { FastifyInstance } from 'fastify';
import { type AdminContext, actorOf, sendError } from './context';

const selectors = {
  type: 'object',
  required: ['item', 'title', 'link'],
  additionalProperties: false,
  properties: Object.fromEntries(
    ['item', 'title', 'link', 'date', 'dateAttribute', 'summary'].map((k) => [
      k,
      { type: 'string', maxLength: 300 },
    ]),
  ),
} as const;
const previewBody = {
  type: 'object',
  required: ['url'],
  additionalProperties: false,
  properties: {
    url: { type: 'string', format: 'uri', maxLength: 2000 },
    kind: { type: 'string', enum: ['rss', 'html'] },
    selectors,
  },
} as const;
const addBody = {
  type: 'object',
  required: ['url', 'name'],
  additionalProperties: false,
  properties: {
    ...previewBody.properties,
    name: { type: 'string', minLength: 1, maxLength: 200 },
    trusted: { type: 'boolean' },
  },
} as const;
const patchBody = {
  type: 'object',
  additionalProperties: false,
  properties: { enabled: { type: 'boolean' }, trusted: { type: 'boolean' }, selectors },
} as const;

interface PreviewBody {
  url: string;
  kind?: 'rss' | 'html';
  selectors?: ListingSelectors;
}

function presentSourceHealth(s: SourceRow, perWeek: number) {
  return {
    id: s.id,
    name: s.name,
    url: s.url,
    kind: s.kind,
    enabled: s.enabled,
    trusted: s.trusted,
    selectors: (s.settings as { listing?: ListingSelectors }).listing ?? null,
    last_success_at: s.lastSuccessAt?.toISOString() ?? null,
    error_streak: s.consecutiveFailures,
    last_error: s.lastError,
    disabled_reason: s.disabledReason,
    items_per_day: Math.round((perWeek / 7) * 10) / 10,
  };
}

/** Fetches the URL and parses it as the source would be; a page offers the feeds it links. */
async function previewSource(ctx: AdminContext, body: PreviewBody) {
  const { discoverFeeds, fetchResource } = await import('@mipas/ingest');
  const fetched = await fetchResource(body.url, {
    allowPrivateNetwork: ctx.runtime.config.allowPrivateNetwork,
    timeoutMs: ctx.runtime.config.fetchTimeoutMs,
    hostDelayMs: 0,
  });
  const contentType = fetched.headers['content-type'];
  const kind = body.selectors ? 'html' : (body.kind ?? 'rss');
  const pseudo = {
    id: 'preview',
    kind,
    settings: body.selectors ? { listing: body.selectors } : {},
  } as unknown as SourceRow;
  const isHtml = /html/i.test(contentType ?? '');
  const feeds = isHtml && !body.selectors ? discoverFeeds(fetched.body.toString('utf8'), fetched.url) : [];
  let items: Array<{ title: string; url: string | null; published_at: string | null }> = [];
  let error: string | null = null;
  try {
    const parsed = await parseFetchedDocument(pseudo, fetched.body, contentType, fetched.url, new Date());
    items = parsed.items
      .slice(0, 20)
      .map((i) => ({ title: i.title, url: i.url, published_at: i.publishedAt?.toISOString() ?? null }));
  } catch (err) {
    error = (err as Error).message;
  }
  return { final_url: fetched.url, content_type: contentType ?? null, kind, feeds, items, error };
}

function slugFromUrl(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return `${host.replace(/[^a-z0-9]+/gi, '-')}-${Date.now().toString(36)}`.toLowerCase();
}

export function registerSourceRoutes(app: FastifyInstance, ctx: AdminContext): void {
  const db = ctx.db;
  app.get('/api/admin/sources', async () => {
    const counts = await countItemsPerSource(db);
    return { sources: (await listSources(db)).map((s) => presentSourceHealth(s, counts.get(s.id) ?? 0)) };
  });

  app.post<{ Body: PreviewBody }>(
    '/api/admin/sources/preview',
    { config: { role: 'admin' }, schema: { body: previewBody } },
    async (request, reply) => {
      try {
        return await previewSource(ctx, request.body);
      } catch (err) {
        return sendError(
          reply,
          422,
          'FETCH_FAILED',
          `could not fetch ${request.body.url}: ${(err as Error).message}`,
        );
      }
    },
  );

  app.post<{ Body: PreviewBody & { name: string; trusted?: boolean } }>(
    '/api/admin/sources',
    { config: { role: 'admin' }, schema: { body: addBody } },
    async (request, reply) => {
      const b = request.body;
      try {
        const source = await addSource(db, {
          id: slugFromUrl(b.url),
          name: b.name,
          url: b.url,
          kind: b.selectors ? 'html' : (b.kind ?? 'rss'),
          trusted: b.trusted ?? false,
          settings: b.selectors ? { listing: b.selectors } : {},
        });
        await auditSource(ctx, request, 'source.create', source.id, null, { url: b.url, name: b.name });
        return { source: presentSourceHealth(source, 0) };
      } catch (err) {
        if (err instanceof SourceExistsError) return sendError(reply, 409, 'SOURCE_EXISTS', err.message);
        throw err;
      }
    },
  );

  app.patch<{
    Params: { id: string };
    Body: { enabled?: boolean; trusted?: boolean; selectors?: ListingSelectors };
  }>(
    '/api/admin/sources/:id',
    { config: { role: 'admin' }, schema: { body: patchBody } },
    async (request, reply) => {
      const before = await getSource(db, request.params.id);
      if (!before) return sendError(reply, 404, 'NOT_FOUND', 'no such source');
      const { enabled, trusted, selectors: listing } = request.body;
      const patch = {
        ...(enabled === undefined
          ? {}
          : { enabled, consecutiveFailures: enabled ? 0 : before.consecutiveFailures, disabledReason: null }),
        ...(trusted === undefined ? {} : { trusted }),
        ...(listing ? { settings: { ...before.settings, listing } } : {}),
      };
      const after = await updateSource(db, before.id, patch);
      await auditSource(
        ctx,
        request,
        'source.update',
        before.id,
        { enabled: before.enabled, trusted: before.trusted },
        request.body,
      );
      return { source: presentSourceHealth(after!, 0) };
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/admin/sources/:id/fetch',
    { config: { role: 'admin' } },
    async (request, reply) => {
      const source = await updateSource(db, request.params.id, { nextFetchAt: new Date() });
      if (!source) return sendError(reply, 404, 'NOT_FOUND', 'no such source');
      await auditSource(ctx, request, 'source.fetch', source.id, null, {});
      return { queued: true };
    },
  );
}

async function auditSource(
  ctx: AdminContext,
  request: import('fastify').FastifyRequest,
  action: string,
  id: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
) {
  const actor = actorOf(request);
  await recordAudit(ctx.db, [
    { userId: actor.userId, actor: actor.name, action, entity: 'source', entityId: id, before, after },
  ]);
}
