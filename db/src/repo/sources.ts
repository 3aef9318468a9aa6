import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { sources } from '../schema/index';
import { updateRows } from './batch-update';

export type SourceRow = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;

export class SourceExistsError extends Error {
  constructor(readonly existing: SourceRow) {
    super(`a source with this URL already exists: ${existing.id} (${existing.name})`);
    this.name = 'SourceExistsError';
  }
}

export function listSources(db: Db): Promise<SourceRow[]> {
  return db.select().from(sources).orderBy(asc(sources.id));
}

export async function getSource(db: Db, id: string): Promise<SourceRow | undefined> {
  const [row] = await db.select().from(sources).where(eq(sources.id, id));
  return row;
}

export function getSources(db: Db, ids: string[]): Promise<SourceRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(sources)
    .where(inArray(sources.id, [...new Set(ids)]));
}

export async function findSourceByUrl(db: Db, url: string): Promise<SourceRow | undefined> {
  const [row] = await db.select().from(sources).where(eq(sources.url, url));
  return row;
}

/** Adds a source; throws `SourceExistsError` when its URL is already followed. */
export async function addSource(db: Db, source: NewSource): Promise<SourceRow> {
  const existing = await findSourceByUrl(db, source.url);
  if (existing) throw new SourceExistsError(existing);
  const [row] = await db.insert(sources).values(source).returning();
  return row!;
}

/** Inserts catalogue sources that are not there yet; never overwrites what admins changed. */
export async function seedSources(db: Db, rows: NewSource[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db.insert(sources).values(rows).onConflictDoNothing().returning({ id: sources.id });
  return inserted.length;
}

export async function updateSource(
  db: Db,
  id: string,
  patch: Partial<NewSource>,
): Promise<SourceRow | undefined> {
  const [row] = await db
    .update(sources)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(sources.id, id))
    .returning();
  return row;
}

/** Applies many sources' patches in one statement per set of changed columns. */
export async function updateSources(
  db: Db,
  patches: Array<{ id: string; patch: Partial<NewSource> }>,
): Promise<void> {
  const now = new Date();
  await updateRows(
    db,
    sources,
    sources.id,
    patches.map(({ id, patch }) => ({ id, patch: { ...patch, updatedAt: now } })),
  );
}

/**
 * Claims the sources due for a fetch: pushes their next fetch time ahead by `leaseMs` so another
 * scheduler tick does not enqueue them again while their fetch runs.
 */
export async function claimDueSources(
  db: Db,
  now: Date,
  leaseMs: number,
  limit = 1000,
): Promise<SourceRow[]> {
  const due = await db
    .select({ id: sources.id })
    .from(sources)
    .where(and(eq(sources.enabled, true), lte(sources.nextFetchAt, now)))
    .orderBy(asc(sources.nextFetchAt))
    .limit(limit);
  if (due.length === 0) return [];
  const ids = due.map((d) => d.id);
  return db
    .update(sources)
    .set({ nextFetchAt: new Date(now.getTime() + leaseMs) })
    .where(and(sql`${sources.id} in ${ids}`, lte(sources.nextFetchAt, now)))
    .returning();
}
