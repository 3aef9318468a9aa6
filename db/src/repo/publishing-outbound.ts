// Outbound events (webhook calls, social posts, hub pings): recorded once per (channel, target,
// event, subject), claimed one at a time, retried with back-off, visible to admins when failing.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { outboundEvents } from '../schema/index';

export type OutboundEventRow = typeof outboundEvents.$inferSelect;
export type NewOutboundEvent = typeof outboundEvents.$inferInsert;

/** Records events; ones already recorded (same key) are ignored. Returns how many are new. */
export async function recordOutboundEvents(db: Db, events: NewOutboundEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  const rows = await db
    .insert(outboundEvents)
    .values(events)
    .onConflictDoNothing()
    .returning({ id: outboundEvents.id });
  return rows.length;
}

/**
 * How long a claimed event belongs to its sender. A sender that dies mid-send (a killed worker)
 * leaves the event in `sending`; once the lease is over, another sender claims it again, so no
 * event is stuck for ever. Senders give up on a request long before (their own timeouts).
 */
export const OUTBOUND_LEASE_MS = 10 * 60_000;

/** Claims the next due event; a claimed event is not claimed again until released or its lease ends. */
export async function claimOutboundEvent(
  db: Db,
  channel?: string,
  leaseMs = OUTBOUND_LEASE_MS,
): Promise<OutboundEventRow | undefined> {
  const only = channel ? sql`and channel = ${channel}` : sql``;
  const lease = `${Math.max(0, Math.round(leaseMs))} milliseconds`;
  const result = await db.execute<{ id: number }>(sql`
    update ${outboundEvents}
    set status = 'sending', attempts = attempts + 1, next_attempt_at = now() + ${lease}::interval
    where id = (
      select id from ${outboundEvents}
      where status in ('pending', 'sending') and next_attempt_at <= now() ${only}
      order by id limit 1 for update skip locked
    )
    returning id`);
  const id = (result as unknown as { rows: Array<{ id: number }> }).rows[0]?.id;
  if (id === undefined) return undefined;
  const [row] = await db
    .select()
    .from(outboundEvents)
    .where(eq(outboundEvents.id, Number(id)));
  return row;
}

export async function markOutboundSent(db: Db, id: number, remoteId?: string): Promise<void> {
  await db
    .update(outboundEvents)
    .set({ status: 'sent', sentAt: new Date(), lastError: null, remoteId: remoteId ?? null })
    .where(eq(outboundEvents.id, id));
}

/** Puts a failed event back with exponential back-off, or gives up after `maxAttempts`. */
export async function markOutboundFailed(
  db: Db,
  row: OutboundEventRow,
  error: string,
  options: { maxAttempts: number; baseDelayMs: number; retry: boolean },
): Promise<void> {
  const again = options.retry && row.attempts < options.maxAttempts;
  await db
    .update(outboundEvents)
    .set({
      status: again ? 'pending' : 'failed',
      lastError: error.slice(0, 500),
      nextAttemptAt: new Date(Date.now() + options.baseDelayMs * 2 ** (row.attempts - 1)),
    })
    .where(eq(outboundEvents.id, row.id));
}

/** Recent events of a status, newest first, for admins. */
export async function listOutboundEvents(db: Db, status?: string, limit = 50): Promise<OutboundEventRow[]> {
  return db
    .select()
    .from(outboundEvents)
    .where(status ? eq(outboundEvents.status, status) : undefined)
    .orderBy(desc(outboundEvents.id))
    .limit(limit);
}

/** Puts failed events back in the queue (an admin's retry). */
export async function retryFailedOutbound(db: Db, id?: number): Promise<number> {
  const rows = await db
    .update(outboundEvents)
    .set({ status: 'pending', nextAttemptAt: new Date(), attempts: 0 })
    .where(and(eq(outboundEvents.status, 'failed'), id === undefined ? undefined : eq(outboundEvents.id, id)))
    .returning({ id: outboundEvents.id });
  return rows.length;
}

export interface OutboundBacklogRow {
  channel: string;
  /** pending, sending or failed; sent events are not counted. */
  status: string;
  count: number;
  /** Of the pending ones: how many failed before and wait for a retry. */
  retrying: number;
  /** Of the pending ones: how many are due now. */
  due: number;
  oldestCreatedAt: Date | null;
}

/**
 * Events not yet sent, counted by channel and status. Reads only unsent rows through the
 * (status, next_attempt_at) index, so its cost follows the backlog, not the history.
 */
export async function countOutboundBacklog(db: Db): Promise<OutboundBacklogRow[]> {
  const rows = await db
    .select({
      channel: outboundEvents.channel,
      status: outboundEvents.status,
      count: sql<number>`count(*)::int`,
      retrying: sql<number>`(count(*) filter (where ${outboundEvents.status} = 'pending' and ${outboundEvents.attempts} > 0))::int`,
      due: sql<number>`(count(*) filter (where ${outboundEvents.status} = 'pending' and ${outboundEvents.nextAttemptAt} <= now()))::int`,
      oldestCreatedAt: sql<string | Date | null>`min(${outboundEvents.createdAt})`,
    })
    .from(outboundEvents)
    .where(inArray(outboundEvents.status, ['pending', 'sending', 'failed']))
    .groupBy(outboundEvents.channel, outboundEvents.status)
    .orderBy(outboundEvents.channel, outboundEvents.status);
  return rows.map((r) => ({
    ...r,
    count: Number(r.count),
    retrying: Number(r.retrying),
    due: Number(r.due),
    oldestCreatedAt: r.oldestCreatedAt === null ? null : new Date(r.oldestCreatedAt),
  }));
}
