// Outbound events for admins (webhook calls, Mastodon and Bluesky posts, WebSub pings): recent
// ones, failed first, with attempts, last error and next attempt; a failed one can be retried.
import {
  listOutboundEvents,
  type OutboundEventRow,
  recordAudit,
  retryFailedOutbound,
  schema,
} from '@mipas/db';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type AdminContext, actorOf, sendError } from './context';

const STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;

const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: ['', ...STATUSES] },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
  },
} as const;

const eventOut = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'integer' },
    channel: { type: 'string' },
    target: { type: 'string' },
    event: { type: 'string' },
    subject: { type: 'string' },
    status: { type: 'string' },
    attempts: { type: 'integer' },
    last_error: { type: ['string', 'null'] },
    next_attempt_at: { type: ['string', 'null'] },
    created_at: { type: 'string' },
    sent_at: { type: ['string', 'null'] },
  },
} as const;

/**
 * The receiving address without its path and query: webhook and hub URLs often carry their
 * secret there, and the origin is enough to tell the targets apart on this page.
 */
export function maskTarget(target: string): string {
  try {
    const url = new URL(target);
    return url.pathname === '/' && !url.search ? url.origin : `${url.origin}/…`;
  } catch {
    return '…';
  }
}

/** The last error with the receiving URL masked: errors quote the URL they failed on. */
function maskedError(e: OutboundEventRow): string | null {
  return e.lastError?.split(e.target).join(maskTarget(e.target)) ?? null;
}

function presentEvent(e: OutboundEventRow) {
  return {
    id: e.id,
    channel: e.channel,
    target: maskTarget(e.target),
    event: e.event,
    subject: e.subject,
    status: e.status,
    attempts: e.attempts,
    last_error: maskedError(e),
    // Only a waiting event has a next attempt; a failed one waits for an admin.
    next_attempt_at: e.status === 'pending' ? e.nextAttemptAt.toISOString() : null,
    created_at: e.createdAt.toISOString(),
    sent_at: e.sentAt?.toISOString() ?? null,
  };
}

export function registerOutboundRoutes(app: FastifyInstance, ctx: AdminContext): void {
  const db = ctx.db;

  app.get<{ Querystring: { status?: string; limit: number } }>(
    '/api/admin/outbound',
    {
      config: { role: 'admin' },
      schema: {
        querystring: listQuery,
        response: {
          200: {
            type: 'object',
            properties: { events: { type: 'array', items: eventOut } },
          },
        },
      },
    },
    async (request) => {
      const { status, limit } = request.query;
      if (status) return { events: (await listOutboundEvents(db, status, limit)).map(presentEvent) };
      // Without a filter the failed ones come first, then everything else newest first.
      const [failed, recent] = await Promise.all([
        listOutboundEvents(db, 'failed', limit),
        listOutboundEvents(db, undefined, limit),
      ]);
      const rest = recent.filter((e) => e.status !== 'failed');
      return { events: [...failed, ...rest].slice(0, limit).map(presentEvent) };
    },
  );

  app.post<{ Params: { id: number } }>(
    '/api/admin/outbound/:id/retry',
    {
      config: { role: 'admin' },
      schema: {
        params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
      },
    },
    async (request, reply) => {
      const id = request.params.id;
      const [before] = await db.select().from(schema.outboundEvents).where(eq(schema.outboundEvents.id, id));
      if (!before) return sendError(reply, 404, 'NOT_FOUND', `no outbound event ${id}`);
      if ((await retryFailedOutbound(db, id)) === 0)
        return sendError(
          reply,
          409,
          'NOT_FAILED',
          `event ${id} is ${before.status}; only a failed event is retried`,
        );
      const actor = actorOf(request);
      await recordAudit(db, [
        {
          userId: actor.userId,
          actor: actor.name,
          action: 'outbound.retry',
          entity: 'outbound_event',
          entityId: String(id),
          before: { status: before.status, attempts: before.attempts, last_error: maskedError(before) },
          after: { status: 'pending', attempts: 0 },
        },
      ]);
      const [after] = await db.select().from(schema.outboundEvents).where(eq(schema.outboundEvents.id, id));
      return { event: presentEvent(after!) };
    },
  );
}
