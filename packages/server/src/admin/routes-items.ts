// Inbox and item actions. Each action answers with the item's new version and the audit id the
// client keeps for undo; a stale version answers 409 with a message a curator can act on.

import { ITEM_STATUSES } from '@mipas/core';
import {
  type ChangeOutcome,
  CurationError,
  changeStatus,
  changeStatuses,
  changeTags,
  chooseOriginal,
  editItem,
  findLatestItemId,
  getCuratedItem,
  listInbox,
  markDuplicate,
  splitFromCluster,
  undoAudit,
} from '@mipas/db';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { type AdminContext, actorOf, sendError } from './context';
import { inboxItemSchema, presentInboxItem } from './present';

const inboxQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: [...ITEM_STATUSES, 'all'], default: 'new' },
    source: { type: 'string', maxLength: 100 },
    language: { type: 'string', maxLength: 10 },
    topic: { type: 'string', maxLength: 100 },
    country: { type: 'string', maxLength: 100 },
    from: { type: 'string', format: 'date' },
    to: { type: 'string', format: 'date' },
    min_relevance: { type: 'number', minimum: 0, maximum: 1 },
    q: { type: 'string', maxLength: 200 },
    sort: { type: 'string', enum: ['newest', 'relevance'], default: 'newest' },
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    offset: { type: 'integer', minimum: 0, maximum: 100_000, default: 0 },
  },
} as const;

interface InboxParams {
  status: string;
  source?: string;
  language?: string;
  topic?: string;
  country?: string;
  from?: string;
  to?: string;
  min_relevance?: number;
  q?: string;
  sort: 'newest' | 'relevance';
  limit: number;
  offset: number;
}

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', minimum: 1 } },
} as const;
const version = { type: 'integer', minimum: 1 } as const;
const tagRef = {
  type: 'object',
  required: ['kind', 'slug'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: ['topic', 'country', 'organisation', 'keyword'] },
    slug: { type: 'string', minLength: 1, maxLength: 80, pattern: '^[a-z0-9][a-z0-9-]*$' },
  },
} as const;
const langTexts = {
  type: 'object',
  additionalProperties: false,
  properties: {
    lt: { type: 'string', maxLength: 2000 },
    en: { type: 'string', maxLength: 2000 },
    ru: { type: 'string', maxLength: 2000 },
  },
} as const;

const int = { type: 'integer' } as const;
const outcomeSchema = {
  type: 'object',
  properties: {
    id: int,
    ok: { type: 'boolean' },
    status: { type: 'string' },
    version: int,
    audit_id: int,
    code: { type: 'string' },
    error: { type: 'string' },
  },
} as const;
/** Response of an edit, tag or story change: the item's new version and the audit id to undo. */
const savedResponse = { 200: { type: 'object', properties: { version: int, audit_id: int } } } as const;

function body(required: string[], properties: Record<string, unknown>) {
  return { type: 'object', required, additionalProperties: false, properties };
}

/** Turns repository refusals into answers: 409 for stale or impossible, 404 for missing. */
async function answer<T>(reply: FastifyReply, work: () => Promise<T>) {
  try {
    return await work();
  } catch (err) {
    if (!(err instanceof CurationError)) throw err;
    const status = err.code === 'NOT_FOUND' ? 404 : err.code === 'BAD_REQUEST' ? 400 : 409;
    return sendError(reply, status, err.code, err.message);
  }
}

function presentOutcome(o: ChangeOutcome) {
  return o.ok
    ? { id: o.id, ok: true, status: o.status, version: o.version, audit_id: o.audit.id }
    : { id: o.id, ok: false, code: o.code, error: o.message };
}

export function registerItemRoutes(app: FastifyInstance, ctx: AdminContext): void {
  const db = ctx.db;
  app.get<{ Querystring: InboxParams }>(
    '/api/admin/items',
    {
      schema: {
        querystring: inboxQuery,
        response: {
          200: {
            type: 'object',
            properties: { items: { type: 'array', items: inboxItemSchema }, latest_id: { type: 'integer' } },
          },
        },
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await listInbox(db, {
        status: q.status === 'all' ? undefined : q.status,
        sourceId: q.source,
        language: q.language,
        topic: q.topic,
        country: q.country,
        from: q.from ? new Date(`${q.from}T00:00:00Z`) : undefined,
        to: q.to ? new Date(`${q.to}T23:59:59.999Z`) : undefined,
        minRelevance: q.min_relevance,
        search: q.q,
        sort: q.sort,
        limit: q.limit,
        offset: q.offset,
      });
      return { items: rows.map(presentInboxItem), latest_id: await findLatestItemId(db) };
    },
  );

  app.get('/api/admin/items/latest', async () => ({ latest_id: await findLatestItemId(db) }));

  app.get<{ Params: { id: number } }>(
    '/api/admin/items/:id',
    { schema: { params: idParams } },
    async (request, reply) => {
      const item = await getCuratedItem(db, request.params.id);
      if (!item) return sendError(reply, 404, 'NOT_FOUND', `item ${request.params.id} does not exist`);
      return {
        item: { ...presentInboxItem(item), content_text: item.contentText ?? null },
        cluster: item.cluster.map(presentInboxItem),
      };
    },
  );

  app.post<{ Params: { id: number }; Body: { to: string; version: number } }>(
    '/api/admin/items/:id/status',
    {
      schema: {
        params: idParams,
        body: body(['to', 'version'], {
          to: { type: 'string', enum: ['approved', 'rejected', 'on_hold', 'withdrawn'] },
          version,
        }),
        response: { 200: outcomeSchema },
      },
    },
    async (request, reply) => {
      const outcome = await changeStatus(
        db,
        { id: request.params.id, to: request.body.to, version: request.body.version },
        actorOf(request),
      );
      if (!outcome.ok)
        return sendError(reply, outcome.code === 'NOT_FOUND' ? 404 : 409, outcome.code, outcome.message);
      return presentOutcome(outcome);
    },
  );

  app.post<{ Body: { changes: Array<{ id: number; to: string; version: number }> } }>(
    '/api/admin/items/status',
    {
      schema: {
        body: body(['changes'], {
          changes: {
            type: 'array',
            minItems: 1,
            maxItems: 200,
            items: body(['id', 'to', 'version'], {
              id: { type: 'integer', minimum: 1 },
              to: { type: 'string', enum: ['approved', 'rejected', 'on_hold', 'withdrawn'] },
              version,
            }),
          },
        }),
        response: {
          200: { type: 'object', properties: { results: { type: 'array', items: outcomeSchema } } },
        },
      },
    },
    async (request) => ({
      results: (await changeStatuses(db, request.body.changes, actorOf(request))).map(presentOutcome),
    }),
  );

  app.patch<{
    Params: { id: number };
    Body: {
      version: number;
      titles?: Record<string, string>;
      summaries?: Record<string, string>;
      note?: string;
      featured?: boolean;
      primary_country?: string;
    };
  }>(
    '/api/admin/items/:id',
    {
      schema: {
        params: idParams,
        body: body(['version'], {
          version,
          titles: langTexts,
          summaries: langTexts,
          note: { type: 'string', maxLength: 5000 },
          featured: { type: 'boolean' },
          primary_country: { type: 'string', maxLength: 80 },
        }),
        response: savedResponse,
      },
    },
    (request, reply) =>
      answer(reply, async () => {
        const b = request.body;
        const edit = {
          titles: b.titles,
          summaries: b.summaries,
          note: b.note,
          featured: b.featured,
          primaryCountry: b.primary_country,
        };
        const out = await editItem(db, request.params.id, b.version, edit, actorOf(request));
        return { version: out.version, audit_id: out.audit.id };
      }),
  );

  app.post<{
    Params: { id: number };
    Body: {
      version: number;
      add?: Array<{ kind: string; slug: string }>;
      remove?: Array<{ kind: string; slug: string }>;
    };
  }>(
    '/api/admin/items/:id/tags',
    {
      schema: {
        params: idParams,
        body: body(['version'], {
          version,
          add: { type: 'array', maxItems: 20, items: tagRef },
          remove: { type: 'array', maxItems: 20, items: tagRef },
        }),
        response: savedResponse,
      },
    },
    (request, reply) =>
      answer(reply, async () => {
        const { version: v, add, remove } = request.body;
        const out = await changeTags(db, request.params.id, v, { add, remove }, actorOf(request));
        return { version: out.version, audit_id: out.audit.id };
      }),
  );

  app.post<{ Params: { id: number }; Body: { version: number; original_id: number } }>(
    '/api/admin/items/:id/duplicate',
    {
      schema: {
        params: idParams,
        body: body(['version', 'original_id'], { version, original_id: { type: 'integer', minimum: 1 } }),
        response: savedResponse,
      },
    },
    (request, reply) =>
      answer(reply, async () => {
        const out = await markDuplicate(
          db,
          request.params.id,
          request.body.version,
          request.body.original_id,
          actorOf(request),
        );
        return { version: out.version, audit_id: out.audit.id };
      }),
  );

  for (const [path, run] of [
    ['split', splitFromCluster],
    ['original', chooseOriginal],
  ] as const) {
    app.post<{ Params: { id: number }; Body: { version: number } }>(
      `/api/admin/items/:id/${path}`,
      { schema: { params: idParams, body: body(['version'], { version }), response: savedResponse } },
      (request, reply) =>
        answer(reply, async () => {
          const out = await run(db, request.params.id, request.body.version, actorOf(request));
          return { version: out.version, audit_id: out.audit.id };
        }),
    );
  }

  app.post<{ Body: { audit_id: number } }>(
    '/api/admin/undo',
    {
      schema: {
        body: body(['audit_id'], { audit_id: { type: 'integer', minimum: 1 } }),
        response: { 200: { type: 'object', properties: { item_id: int, version: int } } },
      },
    },
    (request, reply) =>
      answer(reply, async () => {
        const out = await undoAudit(db, request.body.audit_id, actorOf(request));
        return { item_id: out.itemId, version: out.version };
      }),
  );
}
