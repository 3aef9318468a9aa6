// Curator edits: titles and summaries per language, note, featured, primary country, tags and
// story membership. Each bumps the item's version and leaves an audit entry with before/after.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { itemCuration, items, itemTags, tags } from '../schema/index';
import { type AuditRow, recordAudit } from './audit';
import { type Actor, CurationError, explainMiss } from './curation-states';

export interface ItemEdit {
  titles?: Record<string, string> | undefined;
  summaries?: Record<string, string> | undefined;
  note?: string | null | undefined;
  featured?: boolean | undefined;
  primaryCountry?: string | null | undefined;
}

export interface EditOutcome {
  version: number;
  audit: AuditRow;
}

type Tx = Db;

/** Bumps the version when it still is `version`; otherwise throws the reason. */
async function bumpVersion(
  tx: Tx,
  id: number,
  version: number,
  set: Record<string, unknown> = {},
): Promise<number> {
  const [row] = await tx
    .update(items)
    .set({ ...set, version: sql`${items.version} + 1`, updatedAt: new Date() })
    .where(and(eq(items.id, id), eq(items.version, version)))
    .returning({ version: items.version });
  if (!row) throw await explainMiss(tx, id, version);
  return row.version;
}

async function readEditable(tx: Tx, id: number): Promise<Required<ItemEdit>> {
  const [row] = await tx
    .select({
      primaryCountry: items.primaryCountry,
      titles: itemCuration.titles,
      summaries: itemCuration.summaries,
      note: itemCuration.note,
      featured: itemCuration.featured,
    })
    .from(items)
    .leftJoin(itemCuration, eq(itemCuration.itemId, items.id))
    .where(eq(items.id, id));
  if (!row) throw new CurationError('NOT_FOUND', `item ${id} does not exist`);
  return {
    primaryCountry: row.primaryCountry,
    titles: row.titles ?? {},
    summaries: row.summaries ?? {},
    note: row.note ?? null,
    featured: row.featured ?? false,
  };
}

async function audit(tx: Tx, actor: Actor, action: string, itemId: number, before: object, after: object) {
  const [row] = await recordAudit(tx, [
    {
      userId: actor.userId,
      actor: actor.name,
      ruleId: actor.ruleId,
      action,
      entity: 'item',
      entityId: String(itemId),
      itemId,
      before: before as Record<string, unknown>,
      after: after as Record<string, unknown>,
    },
  ]);
  return row!;
}

async function writeCuration(tx: Tx, id: number, values: Partial<typeof itemCuration.$inferInsert>) {
  await tx
    .insert(itemCuration)
    .values({ itemId: id, ...values })
    .onConflictDoUpdate({ target: itemCuration.itemId, set: { ...values, updatedAt: new Date() } });
}

/** Applies an edit; empty strings remove a language's title or summary. */
export function editItem(
  db: Db,
  id: number,
  version: number,
  edit: ItemEdit,
  actor: Actor,
  action = 'edit',
): Promise<EditOutcome> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Tx;
    const before = await readEditable(tx, id);
    const after = { ...before };
    if (edit.titles) after.titles = mergeTexts(before.titles, edit.titles);
    if (edit.summaries) after.summaries = mergeTexts(before.summaries, edit.summaries);
    if (edit.note !== undefined) after.note = edit.note || null;
    if (edit.featured !== undefined) after.featured = edit.featured;
    if (edit.primaryCountry !== undefined) after.primaryCountry = edit.primaryCountry || null;
    const next = await bumpVersion(tx, id, version, { primaryCountry: after.primaryCountry });
    await writeCuration(tx, id, {
      titles: after.titles,
      summaries: after.summaries,
      note: after.note,
      featured: after.featured,
    });
    return { version: next, audit: await audit(tx, actor, action, id, before, { ...after, version: next }) };
  });
}

function mergeTexts(old: Record<string, string>, patch: Record<string, string>): Record<string, string> {
  const merged = { ...old };
  for (const [lang, text] of Object.entries(patch)) {
    if (text.trim()) merged[lang] = text.trim();
    else delete merged[lang];
  }
  return merged;
}

export interface TagRef {
  kind: string;
  slug: string;
}

/** Tag ids for these references, creating tags that do not exist yet. */
export async function ensureTagIds(db: Db, refs: TagRef[]): Promise<number[]> {
  if (refs.length === 0) return [];
  await db
    .insert(tags)
    .values(refs.map((r) => ({ kind: r.kind, slug: r.slug, labels: {} })))
    .onConflictDoNothing();
  const rows = await db
    .select({ id: tags.id, kind: tags.kind, slug: tags.slug })
    .from(tags)
    .where(
      inArray(
        tags.slug,
        refs.map((r) => r.slug),
      ),
    );
  return rows.filter((r) => refs.some((ref) => ref.kind === r.kind && ref.slug === r.slug)).map((r) => r.id);
}

/** Adds curator tags (a curator's tag replaces a rule's on the same tag) and removes tags. */
export function changeTags(
  db: Db,
  id: number,
  version: number,
  change: { add?: TagRef[]; remove?: TagRef[] },
  actor: Actor,
  origin = 'curator',
  action = 'tag',
): Promise<EditOutcome> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Tx;
    const next = await bumpVersion(tx, id, version);
    const addIds = await ensureTagIds(tx, change.add ?? []);
    if (addIds.length)
      await tx
        .insert(itemTags)
        .values(addIds.map((tagId) => ({ itemId: id, tagId, origin, confidence: 1 })))
        .onConflictDoUpdate({
          target: [itemTags.itemId, itemTags.tagId],
          set: { origin, confidence: 1 },
        });
    const removeIds = await ensureTagIds(tx, change.remove ?? []);
    if (removeIds.length)
      await tx.delete(itemTags).where(and(eq(itemTags.itemId, id), inArray(itemTags.tagId, removeIds)));
    const row = await audit(
      tx,
      actor,
      action,
      id,
      { remove: change.add ?? [] },
      { add: change.add ?? [], remove: change.remove ?? [], version: next },
    );
    return { version: next, audit: row };
  });
}

/** Marks `id` a duplicate of `originalId` and files it under the original's story. */
export function markDuplicate(
  db: Db,
  id: number,
  version: number,
  originalId: number,
  actor: Actor,
): Promise<EditOutcome> {
  if (id === originalId) throw new CurationError('BAD_REQUEST', 'an item cannot duplicate itself');
  return db.transaction(async (t) => {
    const tx = t as unknown as Tx;
    const [original] = await tx
      .select({ id: items.id, clusterId: items.clusterId })
      .from(items)
      .where(eq(items.id, originalId));
    if (!original) throw new CurationError('NOT_FOUND', `item ${originalId} does not exist`);
    const [current] = await tx
      .select({ status: items.status, clusterId: items.clusterId })
      .from(items)
      .where(eq(items.id, id));
    if (!current) throw new CurationError('NOT_FOUND', `item ${id} does not exist`);
    if (!['new', 'on_hold'].includes(current.status))
      throw new CurationError(
        'BAD_TRANSITION',
        `item ${id} is "${current.status}" and cannot become a duplicate`,
      );
    const clusterId = original.clusterId ?? original.id;
    if (!original.clusterId) await tx.update(items).set({ clusterId }).where(eq(items.id, original.id));
    const next = await bumpVersion(tx, id, version, { status: 'duplicate', clusterId });
    await writeCuration(tx, id, { duplicateOf: originalId });
    const row = await audit(
      tx,
      actor,
      'duplicate',
      id,
      { status: current.status, clusterId: current.clusterId },
      { status: 'duplicate', clusterId, duplicateOf: originalId, version: next },
    );
    return { version: next, audit: row };
  });
}

/** Takes an item out of its story; when it led the story, the earliest other member leads. */
export function splitFromCluster(db: Db, id: number, version: number, actor: Actor): Promise<EditOutcome> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Tx;
    const [current] = await tx.select({ clusterId: items.clusterId }).from(items).where(eq(items.id, id));
    if (!current?.clusterId) throw new CurationError('BAD_REQUEST', `item ${id} is not part of a story`);
    const next = await bumpVersion(tx, id, version, { clusterId: null });
    if (current.clusterId === id) {
      const [heir] = await tx
        .select({ id: items.id })
        .from(items)
        .where(eq(items.clusterId, id))
        .orderBy(items.publishedAt)
        .limit(1);
      if (heir) await tx.update(items).set({ clusterId: heir.id }).where(eq(items.clusterId, id));
    }
    const row = await audit(
      tx,
      actor,
      'split',
      id,
      { clusterId: current.clusterId },
      { clusterId: null, version: next },
    );
    return { version: next, audit: row };
  });
}

/** Makes `id` the original its story is listed under. */
export function chooseOriginal(db: Db, id: number, version: number, actor: Actor): Promise<EditOutcome> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Tx;
    const [current] = await tx.select({ clusterId: items.clusterId }).from(items).where(eq(items.id, id));
    if (!current?.clusterId) throw new CurationError('BAD_REQUEST', `item ${id} is not part of a story`);
    const next = await bumpVersion(tx, id, version);
    await tx.update(items).set({ clusterId: id }).where(eq(items.clusterId, current.clusterId));
    const row = await audit(
      tx,
      actor,
      'original',
      id,
      { clusterId: current.clusterId },
      { clusterId: id, version: next },
    );
    return { version: next, audit: row };
  });
}
