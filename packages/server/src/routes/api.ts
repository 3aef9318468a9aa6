// The public read API: items and sources as JSON.

import { ITEM_STATUSES } from '@mipas/core';
import { BadCursorError, type ItemRow, listItems, listSources, type SourceRow } from '@mipas/db';
import type { Runtime } from '@mipas/pipeline';
import type { FastifyInstance } from 'fastify';

export function presentItem(item: ItemRow) {
  return {
    id: item.id,
    source: item.sourceId,
    title: item.title,
    url: item.url,
    canonical_url: item.canonicalUrl,
    summary: item.summary,
    published_at: item.publishedAt.toISOString(),
    date_flag: item.dateFlag,
    fetched_at: item.fetchedAt.toISOString(),
    language: item.language ?? item.declaredLanguage,
    status: item.status,
  };
}

export function presentSource(source: SourceRow) {
  return {
    id: source.id,
    name: source.name,
    organisation: source.organisation,
    url: source.url,
    homepage: source.homepage,
    kind: source.kind,
    languages: source.languages,
    enabled: source.enabled,
    poll_minutes: source.pollMinutes,
    last_fetched_at: source.lastFetchedAt?.toISOString() ?? null,
    last_success_at: source.lastSuccessAt?.toISOString() ?? null,
    consecutive_failures: source.consecutiveFailures,
    last_error: source.lastError,
  };
}

const itemsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: [...ITEM_STATUSES] },
    source: { type: 'string', maxLength: 100 },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    cursor: { type: 'string', maxLength: 200 },
  },
} as const;

export async function registerApiRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  app.get<{ Querystring: { status?: string; source?: string; limit?: number; cursor?: string } }>(
    '/api/items',
    { schema: { querystring: itemsQuery } },
    async (request, reply) => {
      const q = request.query;
      try {
        const page = await listItems(runtime.database.db, {
          status: q.status,
          sourceId: q.source,
          limit: q.limit,
          cursor: q.cursor,
        });
        return { items: page.items.map(presentItem), next_cursor: page.nextCursor };
      } catch (err) {
        if (err instanceof BadCursorError)
          return reply.status(400).send({ error: err.message, code: 'BAD_CURSOR' });
        throw err;
      }
    },
  );
  app.get('/api/sources', async () => ({
    sources: (await listSources(runtime.database.db)).map(presentSource),
  }));
}
