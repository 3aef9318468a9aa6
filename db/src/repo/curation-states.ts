// Editorial state changes: new → approved / rejected / duplicate / on_hold, approved → withdrawn.
// Every change checks the item's version, so a curator saving over a newer state is refused.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { items } from '../schema/index';
import { type AuditRow, recordAudit } from './audit';

export const TRANSITIONS: Record<string, string[]> = {
  approved: ['new', 'on_hold'],
  rejected: ['new', 'on_hold'],
  duplicate: ['new', 'on_hold'],
  on_hold: ['new'],
  withdrawn: ['approved'],
};

export interface Actor {
  userId: number | null;
  /** E-mail, `rule:<id>` or `system`. */
  name: string;
  ruleId?: number | undefined;
}

export type ChangeOutcome =
  | { id: number; ok: true; version: number; status: string; audit: AuditRow }
  | { id: number; ok: false; code: 'STALE' | 'BAD_TRANSITION' | 'NOT_FOUND'; message: string };

export class CurationError extends Error {
  constructor(
    readonly code: 'STALE' | 'BAD_TRANSITION' | 'NOT_FOUND' | 'BAD_REQUEST',
    message: string,
  ) {
    super(message);
    this.name = 'CurationError';
  }
}

/** Explains why a guarded update touched no row. */
export async function explainMiss(db: Db, id: number, version: number | undefined): Promise<CurationError> {
  const [row] = await db
    .select({ status: items.status, version: items.version })
    .from(items)
    .where(eq(items.id, id));
  if (!row) return new CurationError('NOT_FOUND', `item ${id} does not exist`);
  if (version !== undefined && row.version !== version)
    return new CurationError(
      'STALE',
      `item ${id} was changed by someone else (now "${row.status}", version ${row.version}); reload it and try again`,
    );
  return new CurationError('BAD_TRANSITION', `item ${id} is "${row.status}" and cannot move to that state`);
}

/** Moves one item to `to`; `version` (when given) must match the stored one. */
export async function changeStatus(
  db: Db,
  change: { id: number; to: string; version?: number | undefined; autoApproved?: boolean },
  actor: Actor,
  action = change.to,
): Promise<ChangeOutcome> {
  const from = TRANSITIONS[change.to];
  if (!from)
    return { id: change.id, ok: false, code: 'BAD_TRANSITION', message: `unknown state ${change.to}` };
  const guard = [eq(items.id, change.id), inArray(items.status, from)];
  if (change.version !== undefined) guard.push(eq(items.version, change.version));
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ status: items.status, version: items.version })
      .from(items)
      .where(eq(items.id, change.id))
      .for('update');
    const [row] = await tx
      .update(items)
      .set({ status: change.to, version: sql`${items.version} + 1`, updatedAt: new Date() })
      .where(and(...guard))
      .returning({ status: items.status, version: items.version });
    if (!row || !before) {
      const err = await explainMiss(tx as unknown as Db, change.id, change.version);
      return { id: change.id, ok: false, code: err.code as 'STALE', message: err.message };
    }
    const [audit] = await recordAudit(tx as unknown as Db, [
      {
        userId: actor.userId,
        actor: actor.name,
        ruleId: actor.ruleId,
        action,
        entity: 'item',
        entityId: String(change.id),
        itemId: change.id,
        before: { status: before.status, version: before.version },
        after: {
          status: row.status,
          version: row.version,
          ...(change.autoApproved ? { auto_approved: true } : {}),
        },
      },
    ]);
    return { id: change.id, ok: true, version: row.version, status: row.status, audit: audit! };
  });
}

/** Several changes in one transaction (one commit), each still checked and audited on its own. */
export function changeStatuses(
  db: Db,
  changes: Array<{ id: number; to: string; version?: number | undefined }>,
  actor: Actor,
): Promise<ChangeOutcome[]> {
  return db.transaction(async (tx) => {
    const outcomes: ChangeOutcome[] = [];
    for (const change of changes) outcomes.push(await changeStatus(tx as unknown as Db, change, actor));
    return outcomes;
  });
}

/** Ids of the items waiting in the inbox, optionally of one source (for bulk terminal triage). */
export async function listNewItemIds(db: Db, sourceId?: string): Promise<number[]> {
  const where = [eq(items.status, 'new')];
  if (sourceId) where.push(eq(items.sourceId, sourceId));
  const rows = await db
    .select({ id: items.id })
    .from(items)
    .where(and(...where));
  return rows.map((r) => r.id);
}
