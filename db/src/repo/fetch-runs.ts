import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { fetchRuns } from '../schema/index';
import { updateRows } from './batch-update';

export type FetchRunRow = typeof fetchRuns.$inferSelect;
export type NewFetchRun = typeof fetchRuns.$inferInsert;

export async function startFetchRun(db: Db, run: NewFetchRun): Promise<FetchRunRow> {
  const [row] = await db.insert(fetchRuns).values(run).returning();
  return row!;
}

/** Starts many runs in one statement; returns their ids in the order given. */
export async function startFetchRuns(db: Db, runs: NewFetchRun[]): Promise<number[]> {
  if (runs.length === 0) return [];
  const rows = await db.insert(fetchRuns).values(runs).returning({ id: fetchRuns.id });
  // The rows of one insert take their ids from the sequence in the order they are listed.
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

export async function updateFetchRun(db: Db, id: number, patch: Partial<NewFetchRun>): Promise<void> {
  await db.update(fetchRuns).set(patch).where(eq(fetchRuns.id, id));
}

/**
 * Applies many runs' patches in as few statements as there are different sets of changed
 * columns. A fetched body (bytes) is written with a statement of its own.
 */
export async function updateFetchRuns(
  db: Db,
  patches: Array<{ id: number; patch: Partial<NewFetchRun> }>,
): Promise<void> {
  const withBody = patches.filter((p) => p.patch.body);
  for (const { id, patch } of withBody) await updateFetchRun(db, id, patch);
  await updateRows(
    db,
    fetchRuns,
    fetchRuns.id,
    patches.filter((p) => !p.patch.body),
  );
}

/** Adds warnings to a run's, keeping those already recorded (by the parse stage, say). */
export async function appendFetchRunWarnings(db: Db, id: number, warnings: string[]): Promise<void> {
  if (warnings.length === 0) return;
  await db
    .update(fetchRuns)
    .set({ warnings: sql`${fetchRuns.warnings} || ${JSON.stringify(warnings)}::jsonb` })
    .where(eq(fetchRuns.id, id));
}

export async function getFetchRun(db: Db, id: number): Promise<FetchRunRow | undefined> {
  const [row] = await db.select().from(fetchRuns).where(eq(fetchRuns.id, id));
  return row;
}

export function getFetchRuns(db: Db, ids: number[]): Promise<FetchRunRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(fetchRuns).where(inArray(fetchRuns.id, ids)).orderBy(asc(fetchRuns.id));
}

export function listFetchRuns(db: Db, sourceId: string, limit = 20): Promise<FetchRunRow[]> {
  return db
    .select()
    .from(fetchRuns)
    .where(eq(fetchRuns.sourceId, sourceId))
    .orderBy(desc(fetchRuns.startedAt), desc(fetchRuns.id))
    .limit(limit);
}
