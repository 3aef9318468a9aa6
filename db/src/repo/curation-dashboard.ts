// Figures for the curator dashboard: backlog, items per day by source, approval rates, failures.
import { and, desc, eq, gt, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { itemCuration, items, sources } from '../schema/index';
import { recordAudit } from './audit';

export interface Dashboard {
  backlog: Array<{ status: string; count: number }>;
  perDay: Array<{ day: string; sourceId: string; count: number }>;
  approval: Array<{ sourceId: string; name: string; approved: number; decided: number }>;
  failing: Array<{
    id: string;
    name: string;
    failures: number;
    lastError: string | null;
    lastSuccessAt: Date | null;
  }>;
}

export async function readDashboard(db: Db, days = 14, now = new Date()): Promise<Dashboard> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const backlog = await db
    .select({ status: items.status, count: sql<number>`count(*)::int` })
    .from(items)
    .groupBy(items.status);
  const day = sql<string>`to_char(${items.publishedAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  const perDay = await db
    .select({ day, sourceId: items.sourceId, count: sql<number>`count(*)::int` })
    .from(items)
    .where(gte(items.publishedAt, since))
    .groupBy(day, items.sourceId)
    .orderBy(day);
  const approval = await db
    .select({
      sourceId: items.sourceId,
      name: sources.name,
      approved: sql<number>`count(*) filter (where ${items.status} in ('approved', 'withdrawn'))::int`,
      decided: sql<number>`count(*) filter (where ${items.status} in ('approved', 'withdrawn', 'rejected', 'duplicate'))::int`,
    })
    .from(items)
    .innerJoin(sources, eq(sources.id, items.sourceId))
    .where(gte(items.publishedAt, since))
    .groupBy(items.sourceId, sources.name);
  const failing = await db
    .select({
      id: sources.id,
      name: sources.name,
      failures: sources.consecutiveFailures,
      lastError: sources.lastError,
      lastSuccessAt: sources.lastSuccessAt,
    })
    .from(sources)
    .where(gt(sources.consecutiveFailures, 0))
    .orderBy(desc(sources.consecutiveFailures));
  return { backlog, perDay, approval, failing };
}

/** Sources with their item counts over the last `days` days, for the sources page. */
export async function countItemsPerSource(db: Db, days = 7, now = new Date()): Promise<Map<string, number>> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const rows = await db
    .select({ sourceId: items.sourceId, count: sql<number>`count(*)::int` })
    .from(items)
    .where(gte(items.publishedAt, since))
    .groupBy(items.sourceId);
  return new Map(rows.map((r) => [r.sourceId, r.count]));
}

/**
 * Approves waiting items of trusted sources scored at or above `threshold` (all, or only
 * `itemIds`), marked as automatic.
 */
export async function autoApproveTrusted(db: Db, threshold: number, itemIds?: number[]): Promise<number> {
  if (itemIds?.length === 0) return 0;
  const hits = await db
    .select({ id: items.id })
    .from(items)
    .innerJoin(sources, eq(sources.id, items.sourceId))
    .where(
      and(
        eq(items.status, 'new'),
        eq(sources.trusted, true),
        gte(items.relevance, threshold),
        itemIds ? inArray(items.id, itemIds) : undefined,
      ),
    )
    .limit(5000);
  if (hits.length === 0) return 0;
  const ids = hits.map((h) => h.id);
  const approved = await db
    .update(items)
    .set({ status: 'approved', version: sql`${items.version} + 1`, updatedAt: new Date() })
    .where(and(inArray(items.id, ids), eq(items.status, 'new')))
    .returning({ id: items.id, version: items.version });
  if (approved.length === 0) return 0;
  await db
    .insert(itemCuration)
    .values(approved.map((a) => ({ itemId: a.id, autoApproved: true })))
    .onConflictDoUpdate({ target: itemCuration.itemId, set: { autoApproved: true } });
  await recordAudit(
    db,
    approved.map((a) => ({
      userId: null,
      actor: 'system',
      action: 'approved',
      entity: 'item',
      entityId: String(a.id),
      itemId: a.id,
      before: { status: 'new' },
      after: { status: 'approved', version: a.version, auto_approved: true, threshold },
    })),
  );
  return approved.length;
}
