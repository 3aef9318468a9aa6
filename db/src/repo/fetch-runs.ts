import { desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { fetchRuns } from '../schema/index';

export type FetchRunRow = typeof fetchRuns.$inferSelect;
export type NewFetchRun = typeof fetchRuns.$inferInsert;

export async function startFetchRun(db: Db, run: NewFetchRun): Promise<FetchRunRow> {
  const [row] = await db.insert(fetchRuns).values(run).returning();
  return row!;
}

export async function updateFetchRun(db: Db, id: number, patch: Partial<NewFetchRun>): Promise<void> {
  await db.update(fetchRuns).set(patch).where(eq(fetchRuns.id, id));
}

export async function getFetchRun(db: Db, id: number): Promise<FetchRunRow | undefined> {
  const [row] = await db.select().from(fetchRuns).where(eq(fetchRuns.id, id));
  return row;
}

export function listFetchRuns(db: Db, sourceId: string, limit = 20): Promise<FetchRunRow[]> {
  return db
    .select()
    .from(fetchRuns)
    .where(eq(fetchRuns.sourceId, sourceId))
    .orderBy(desc(fetchRuns.startedAt), desc(fetchRuns.id))
    .limit(limit);
}
