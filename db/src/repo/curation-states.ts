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

type Change = { id: number; to: string; version?: number | undefined };
type Refusal = Extract<ChangeOutcome, { ok: false }>;

function refuse(change: Change, row: { status: string; version: number } | undefined): Refusal | null {
  const from = TRANSITIONS[change.to];
  if (!from)
    return { id: change.id, ok: false, code: 'BAD_TRANSITION', message: `unknown state ${change.to}` };
  if (!row)
    return { id: change.id, ok: false, code: 'NOT_FOUND', message: `item ${change.id} does not exist` };
  if (change.version !== undefined && row.version !== change.version)
    return {
      id: change.id,
      ok: false,
      code: 'STALE',
      message: `item ${change.id} was changed by someone else (now "${row.status}", version ${row.version}); reload it and try again`,
    };
  if (!from.includes(row.status))
    return {
      id: change.id,
      ok: false,
      code: 'BAD_TRANSITION',
      message: `item ${change.id} is "${row.status}" and cannot move to "${change.to}"`,
    };
  return null;
}

/**
 * Several changes in one transaction, set-based (one update per target state, one audit insert),
 * so a bulk approval costs about what a single one does. Each item is still checked on its own.
 */
export function changeStatuses(db: Db, changes: Change[], actor: Actor): Promise<ChangeOutcome[]> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const ids = [...new Set(changes.map((c) => c.id))];
    const rows = await tx
      .select({ id: items.id, status: items.status, version: items.version })
      .from(items)
      .where(inArray(items.id, ids))
      .for('update');
    const before = new Map(rows.map((r) => [r.id, r]));
    const outcomes = new Map<Change, ChangeOutcome>();
    const accepted = new Map<string, Change[]>();
    const claimed = new Set<number>();
    for (const change of changes) {
      const refusal = claimed.has(change.id)
        ? {
            id: change.id,
            ok: false as const,
            code: 'STALE' as const,
            message: `item ${change.id} is named twice`,
          }
        : refuse(change, before.get(change.id));
      if (refusal) outcomes.set(change, refusal);
      else {
        claimed.add(change.id);
        accepted.set(change.to, [...(accepted.get(change.to) ?? []), change]);
      }
    }
    for (const [to, group] of accepted) {
      const updated = await tx
        .update(items)
        .set({ status: to, version: sql`${items.version} + 1`, updatedAt: new Date() })
        .where(
          inArray(
            items.id,
            group.map((c) => c.id),
          ),
        )
        .returning({ id: items.id, version: items.version });
      const versions = new Map(updated.map((u) => [u.id, u.version]));
      const audits = await recordAudit(
        tx,
        group.map((c) => {
          const old = before.get(c.id)!;
          return {
            userId: actor.userId,
            actor: actor.name,
            ruleId: actor.ruleId,
            action: to,
            entity: 'item',
            entityId: String(c.id),
            itemId: c.id,
            before: { status: old.status, version: old.version },
            after: { status: to, version: versions.get(c.id) },
          };
        }),
      );
      group.forEach((c, i) => {
        outcomes.set(c, { id: c.id, ok: true, status: to, version: versions.get(c.id)!, audit: audits[i]! });
      });
    }
    return changes.map((c) => outcomes.get(c)!);
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
