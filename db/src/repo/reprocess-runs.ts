// Checkpoints of `mipas reprocess` runs (table reprocess_runs): a run is resumed after its last
// finished batch by the next run with the same `since`, until it is finished or closed.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { reprocessRuns } from '../schema/index';

export type ReprocessRunRow = typeof reprocessRuns.$inferSelect;

const sameSince = (since: Date | undefined) =>
  since === undefined ? isNull(reprocessRuns.since) : eq(reprocessRuns.since, since);

/** The latest run with this `since` that neither went through every item nor was closed. */
export async function findUnfinishedReprocessRun(
  db: Db,
  since: Date | undefined,
): Promise<ReprocessRunRow | undefined> {
  const [row] = await db
    .select()
    .from(reprocessRuns)
    .where(and(sameSince(since), isNull(reprocessRuns.finishedAt)))
    .orderBy(desc(reprocessRuns.id))
    .limit(1);
  return row;
}

export async function startReprocessRun(
  db: Db,
  run: { since: Date | undefined; afterId: number; total: number },
): Promise<ReprocessRunRow> {
  const [row] = await db
    .insert(reprocessRuns)
    .values({ since: run.since ?? null, lastId: run.afterId, total: run.total })
    .returning();
  return row!;
}

/** Records a finished batch: the run resumes after `lastId`, with `done` items done. */
export async function checkpointReprocessRun(
  db: Db,
  id: number,
  progress: { lastId: number; done: number; total?: number },
): Promise<void> {
  await db
    .update(reprocessRuns)
    .set({ ...progress, updatedAt: new Date() })
    .where(eq(reprocessRuns.id, id));
}

/** Marks a run finished (every item done): it is not resumed any more. */
export async function finishReprocessRun(db: Db, id: number): Promise<void> {
  const now = new Date();
  await db.update(reprocessRuns).set({ finishedAt: now, updatedAt: now }).where(eq(reprocessRuns.id, id));
}

/** Closes the unfinished runs with this `since` (a restart): they are not resumed any more. */
export async function closeReprocessRuns(db: Db, since: Date | undefined): Promise<number> {
  const now = new Date();
  const rows = await db
    .update(reprocessRuns)
    .set({ finishedAt: now, updatedAt: now })
    .where(and(sameSince(since), isNull(reprocessRuns.finishedAt)))
    .returning({ id: reprocessRuns.id });
  return rows.length;
}
