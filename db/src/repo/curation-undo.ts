// Undo: applies an audit entry's "before" side again, when the item still shows its "after".
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, itemCuration, items } from '../schema/index';
import { getAudit, markAuditUndone, recordAudit } from './audit';
import { changeTags, editItem, type ItemEdit, type TagRef } from './curation-edits';
import { type Actor, CurationError } from './curation-states';

const STATUS_ACTIONS = new Set([
  'approved',
  'rejected',
  'on_hold',
  'withdrawn',
  'duplicate',
  'reject',
  'hold',
  'approve',
]);

async function currentVersion(db: Db, id: number): Promise<{ version: number; status: string }> {
  const [row] = await db
    .select({ version: items.version, status: items.status })
    .from(items)
    .where(eq(items.id, id));
  if (!row) throw new CurationError('NOT_FOUND', `item ${id} does not exist`);
  return row;
}

async function revertStatus(
  db: Db,
  itemId: number,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
) {
  const [row] = await db
    .update(items)
    .set({
      status: String(before.status),
      version: sql`${items.version} + 1`,
      updatedAt: new Date(),
      ...('clusterId' in before ? { clusterId: before.clusterId as number | null } : {}),
    })
    .where(and(eq(items.id, itemId), eq(items.status, String(after.status))))
    .returning({ version: items.version });
  if (!row)
    throw new CurationError(
      'STALE',
      `item ${itemId} changed since; it is no longer "${String(after.status)}"`,
    );
  if ('duplicateOf' in after)
    await db.update(itemCuration).set({ duplicateOf: null }).where(eq(itemCuration.itemId, itemId));
  if (after.auto_approved)
    await db.update(itemCuration).set({ autoApproved: false }).where(eq(itemCuration.itemId, itemId));
  return row.version;
}

/** Reverts one audited item change; returns the item's new version. */
export async function undoAudit(
  db: Db,
  auditId: number,
  actor: Actor,
): Promise<{ itemId: number; version: number }> {
  const entry = await getAudit(db, auditId);
  if (!entry || entry.itemId === null) throw new CurationError('NOT_FOUND', `no undoable entry ${auditId}`);
  if (entry.undoneAt) throw new CurationError('BAD_REQUEST', `entry ${auditId} was already undone`);
  const itemId = entry.itemId;
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  let version: number;
  // Edits and tag changes write their own audit row (action `undo`); state changes get one here.
  let recorded = false;
  if (STATUS_ACTIONS.has(entry.action)) {
    version = await revertStatus(db, itemId, before, after);
  } else if (entry.action === 'edit') {
    const { version: v } = await currentVersion(db, itemId);
    const restore: ItemEdit = {
      titles: blankMissing(after.titles, before.titles),
      summaries: blankMissing(after.summaries, before.summaries),
      note: (before.note as string | null) ?? '',
      featured: Boolean(before.featured),
      primaryCountry: (before.primaryCountry as string | null) ?? '',
    };
    version = (await editItem(db, itemId, v, restore, actor, 'undo')).version;
    recorded = true;
  } else if (entry.action === 'tag') {
    const { version: v } = await currentVersion(db, itemId);
    const change = { add: (after.remove ?? []) as TagRef[], remove: (after.add ?? []) as TagRef[] };
    version = (await changeTags(db, itemId, v, change, actor, 'curator', 'undo')).version;
    recorded = true;
  } else if (entry.action === 'priority') {
    await db
      .update(itemCuration)
      .set({ priority: Number(before.priority ?? 0) })
      .where(eq(itemCuration.itemId, itemId));
    version = (await currentVersion(db, itemId)).version;
  } else {
    throw new CurationError('BAD_REQUEST', `"${entry.action}" cannot be undone`);
  }
  await markAuditUndone(db, auditId);
  if (!recorded)
    await recordAudit(db, [
      {
        userId: actor.userId,
        actor: actor.name,
        action: 'undo',
        entity: 'item',
        entityId: String(itemId),
        itemId,
        before: { undid: auditId, action: entry.action },
        after: { version },
      },
    ]);
  return { itemId, version };
}

/** Every text the edit added but the earlier state lacked becomes "" (removed) on undo. */
function blankMissing(after: unknown, before: unknown): Record<string, string> {
  const restored: Record<string, string> = { ...((before ?? {}) as Record<string, string>) };
  for (const lang of Object.keys((after ?? {}) as object)) restored[lang] ??= '';
  return restored;
}

/** Undoes every not yet undone action of a rule; returns how many were reverted and skipped. */
export async function undoRuleActions(
  db: Db,
  ruleId: number,
  actor: Actor,
): Promise<{ undone: number; skipped: number }> {
  const entries = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.ruleId, ruleId), isNotNull(auditLog.itemId), isNull(auditLog.undoneAt)));
  let undone = 0;
  let skipped = 0;
  for (const { id } of entries) {
    try {
      await undoAudit(db, id, actor);
      undone++;
    } catch (err) {
      if (!(err instanceof CurationError)) throw err;
      skipped++;
    }
  }
  return { undone, skipped };
}
