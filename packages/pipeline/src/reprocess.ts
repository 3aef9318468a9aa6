// Re-enriches stored items after a taxonomy or model change. It walks items in id order, so an
// interrupted run resumes from the last id it reported. An abort signal stops it between batches.
import { countItemsSince, pageItemIds } from '@mipas/db';
import type { Runtime } from './runtime';
import { retrainRelevanceModel } from './stages/relevance-model';

export interface ReprocessOptions {
  since?: Date;
  afterId?: number;
  batchSize?: number;
  retrain?: boolean;
  /** Stops the run after the batch in progress; the summary says `interrupted: true`. */
  signal?: AbortSignal;
  /** Called once before the first batch with the number of items to re-enrich. */
  onStart?: (total: number) => void;
  onProgress?: (done: number, total: number, lastId: number) => void;
}

export interface ReprocessSummary {
  items: number;
  enriched: number;
  errors: number;
  lastId: number;
  decisions?: number;
  /** Set when the signal stopped the run before every item was done. */
  interrupted?: true;
}

export async function reprocessItems(
  runtime: Runtime,
  options: ReprocessOptions = {},
): Promise<ReprocessSummary> {
  const db = runtime.database.db;
  const decisions = options.retrain ? await retrainRelevanceModel(db) : undefined;
  const total = await countItemsSince(db, options.since, options.afterId ?? 0);
  const batchSize = options.batchSize ?? 200;
  let lastId = options.afterId ?? 0;
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
      interrupted = (await pageItemIds(db, options.since, lastId, 1)).length > 0;
      break;
    }
    const ids = await pageItemIds(db, options.since, lastId, batchSize);
    if (ids.length === 0) break;
    const outcome = await runtime.handlers.enrich({ itemIds: ids });
    enriched += outcome.stats.enriched ?? 0;
    errors += outcome.stats.errors ?? 0;
    done += ids.length;
    lastId = ids[ids.length - 1]!;
    options.onProgress?.(done, total, lastId);
  }
  return {
    items: done,
    enriched,
    errors,
    lastId,
    ...(decisions === undefined ? {} : { decisions }),
    ...(interrupted ? { interrupted: true as const } : {}),
  };
}
