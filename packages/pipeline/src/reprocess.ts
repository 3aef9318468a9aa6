// Re-enriches stored items after a taxonomy or model change. It walks items in id order and
// records a checkpoint in the database (reprocess_runs) after each finished batch, so a run that
// was stopped, or killed without a word (SIGKILL, out of memory, a restart), is resumed by the
// next run with the same `since`. An abort signal stops it between batches.
import {
  checkpointReprocessRun,
  closeReprocessRuns,
  countItemsSince,
  findUnfinishedReprocessRun,
  finishReprocessRun,
  pageItemIds,
  startReprocessRun,
} from '@mipas/db';
import type { Runtime } from './runtime';
import { retrainRelevanceModel } from './stages/relevance-model';

export interface ReprocessOptions {
  since?: Date;
  /**
   * Start after this item id, whatever the checkpoint says. It continues the unfinished run with
   * the same `since` when that run stopped at this id, else it closes that run and starts one.
   */
  afterId?: number;
  /** Start from the first item: unfinished runs with the same `since` are closed, not resumed. */
  restart?: boolean;
  batchSize?: number;
  retrain?: boolean;
  /** Stops the run after the batch in progress; the summary says `interrupted: true`. */
  signal?: AbortSignal;
  /** Called before the first batch when an unfinished run is resumed from its checkpoint. */
  onResume?: (run: ResumedRun) => void;
  /** Called once before the first batch with the number of items to re-enrich. */
  onStart?: (total: number) => void;
  onProgress?: (done: number, total: number, lastId: number) => void;
}

export interface ResumedRun {
  startedAt: Date;
  /** The run resumes after this item id. */
  lastId: number;
  /** Items the run re-enriched before, and its items in all (those done and those to do). */
  done: number;
  total: number;
}

export interface ReprocessSummary {
  items: number;
  enriched: number;
  errors: number;
  lastId: number;
  /** The item id after which an unfinished run was resumed from its checkpoint, else null. */
  resumedFrom: number | null;
  decisions?: number;
  /** Set when the signal stopped the run before every item was done. */
  interrupted?: true;
}

export async function reprocessItems(
  runtime: Runtime,
  options: ReprocessOptions = {},
): Promise<ReprocessSummary> {
  const { since, afterId, restart } = options;
  if (afterId !== undefined && (!Number.isInteger(afterId) || afterId < 0))
    throw new Error(`reprocess: afterId must be a whole number, got ${afterId}`);
  if (restart && afterId !== undefined)
    throw new Error('reprocess: restart starts from the first item; give it or afterId, not both');
  const db = runtime.database.db;
  const decisions = options.retrain ? await retrainRelevanceModel(db) : undefined;

  // Which run this is: the unfinished one with the same since, resumed after its checkpoint
  // (or continued from an explicit afterId where it stopped), or a new one.
  let run = restart ? undefined : await findUnfinishedReprocessRun(db, since);
  if (run && afterId !== undefined && afterId !== run.lastId) run = undefined;
  if (!run) await closeReprocessRuns(db, since);
  const startAfter = run?.lastId ?? afterId ?? 0;
  const doneBefore = run?.done ?? 0;
  const total = await countItemsSince(db, since, startAfter);
  if (run)
    await checkpointReprocessRun(db, run.id, {
      lastId: startAfter,
      done: doneBefore,
      total: doneBefore + total,
    });
  else run = await startReprocessRun(db, { since, afterId: startAfter, total });
  const runId = run.id;
  const resumedFrom = afterId === undefined && startAfter > 0 ? startAfter : null;
  if (resumedFrom !== null)
    options.onResume?.({
      startedAt: run.startedAt,
      lastId: startAfter,
      done: doneBefore,
      total: doneBefore + total,
    });

  const batchSize = options.batchSize ?? 200;
  let lastId = startAfter;
  let done = 0;
  let enriched = 0;
  let errors = 0;
  let interrupted = false;
  options.onStart?.(total);
  for (;;) {
    // On embedded PGlite a batch can run as one chain of promises that never reaches the event
    // loop's I/O phase, where signals are delivered: yield once per batch so Ctrl-C is heard.
    await new Promise((resolve) => setImmediate(resolve));
    if (options.signal?.aborted) {
      interrupted = (await pageItemIds(db, since, lastId, 1)).length > 0;
      break;
    }
    const ids = await pageItemIds(db, since, lastId, batchSize);
    if (ids.length === 0) break;
    const outcome = await runtime.handlers.enrich({ itemIds: ids });
    enriched += outcome.stats.enriched ?? 0;
    errors += outcome.stats.errors ?? 0;
    done += ids.length;
    lastId = ids[ids.length - 1]!;
    // The checkpoint comes before the progress report: a run killed after printing a batch's
    // line resumes after that batch, never before it.
    await checkpointReprocessRun(db, runId, { lastId, done: doneBefore + done });
    options.onProgress?.(done, total, lastId);
  }
  // A run stopped with items left stays unfinished: the next run with the same since resumes it.
  if (!interrupted) await finishReprocessRun(db, runId);
  return {
    items: done,
    enriched,
    errors,
    lastId,
    resumedFrom,
    ...(decisions === undefined ? {} : { decisions }),
    ...(interrupted ? { interrupted: true as const } : {}),
  };
}
