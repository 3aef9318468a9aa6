// Checkpoints of `mipas reprocess`: one row per run, updated after each finished batch, so a run
// killed without a word (SIGKILL, out of memory, a restart) resumes by itself where it stopped.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, pgTable, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const reprocessRuns = pgTable(
  'reprocess_runs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The run's `--since`; null re-enriches every item. A run is resumed only with the same one. */
    since: ts('since'),
    /** The last item id of the last finished batch: the run resumes after it. */
    lastId: bigint('last_id', { mode: 'number' }).notNull().default(0),
    /** Items re-enriched so far, and how many the run had to do (counted when it last started). */
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    startedAt: ts('started_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    /** Set when the run went through every item, or was closed by `--restart` or `--after-id`. */
    finishedAt: ts('finished_at'),
  },
  // Only unfinished runs are looked up (by their since); finished ones are history.
  (t) => [index('reprocess_runs_unfinished_idx').on(t.since).where(sql`${t.finishedAt} is null`)],
);
