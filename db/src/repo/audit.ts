import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog } from '../schema/index';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAudit = typeof auditLog.$inferInsert;

export async function recordAudit(db: Db, entries: NewAudit[]): Promise<AuditRow[]> {
  if (entries.length === 0) return [];
  return db.insert(auditLog).values(entries).returning();
}

export interface AuditQuery {
  userId?: number | undefined;
  /** The readable actor: an e-mail, `rule:<id>` or `system`. */
  actor?: string | undefined;
  action?: string | undefined;
  itemId?: number | undefined;
  ruleId?: number | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Entries older than this id (keyset paging). */
  before?: number | undefined;
  limit?: number | undefined;
}

export function listAudit(db: Db, q: AuditQuery = {}): Promise<AuditRow[]> {
  const where: SQL[] = [];
  if (q.userId !== undefined) where.push(eq(auditLog.userId, q.userId));
  if (q.actor) where.push(eq(auditLog.actor, q.actor.trim().toLowerCase()));
  if (q.action) where.push(eq(auditLog.action, q.action));
  if (q.itemId !== undefined) where.push(eq(auditLog.itemId, q.itemId));
  if (q.ruleId !== undefined) where.push(eq(auditLog.ruleId, q.ruleId));
  if (q.from) where.push(gte(auditLog.at, q.from));
  if (q.to) where.push(lte(auditLog.at, q.to));
  if (q.before !== undefined) where.push(lt(auditLog.id, q.before));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(Math.min(q.limit ?? 100, 500));
}

export async function getAudit(db: Db, id: number): Promise<AuditRow | undefined> {
  const [row] = await db.select().from(auditLog).where(eq(auditLog.id, id));
  return row;
}

export async function markAuditUndone(db: Db, id: number): Promise<void> {
  await db.update(auditLog).set({ undoneAt: new Date() }).where(eq(auditLog.id, id));
}
