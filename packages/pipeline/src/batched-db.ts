// The database work of the fetch, parse and store stages, coalesced across jobs: while one
// statement runs, the calls that arrive wait and then go together in one statement (a source
// read, a fetch run started, a run or source updated, items inserted, a publishing rate
// counted). Many jobs in flight, as a fetch cycle has, cost a handful of statements instead of a
// dozen each; a lone job waits for nothing. If a combined statement fails, each call is retried
// alone, so one bad row fails its own job only.
import {
  type Db,
  getSources,
  type InsertOutcome,
  insertItemsKeyed,
  itemsPublishedSinceBySource,
  type NewFetchRun,
  type NewItem,
  type NewSource,
  type SourceRow,
  startFetchRuns,
  updateFetchRuns,
  updateSources,
} from '@mipas/db';

/** Most calls one statement takes. */
const MAX_BATCH = 500;

interface Pending<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (err: unknown) => void;
}

/** Runs calls in batches: one at a time, each with every call that arrived meanwhile. */
export class Coalescer<I, O> {
  private queue: Array<Pending<I, O>> = [];
  private running = false;

  constructor(private readonly runBatch: (inputs: I[]) => Promise<O[]>) {}

  call(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running || this.queue.length === 0) return;
    this.running = true;
    // Calls made in the same turn of the event loop join this batch.
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, MAX_BATCH);
    try {
      const outputs = await this.runBatch(batch.map((p) => p.input));
      batch.forEach((p, i) => {
        p.resolve(outputs[i] as O);
      });
    } catch (err) {
      if (batch.length === 1) batch[0]!.reject(err);
      else
        for (const p of batch) {
          try {
            const [output] = await this.runBatch([p.input]);
            p.resolve(output as O);
          } catch (own) {
            p.reject(own);
          }
        }
    } finally {
      this.running = false;
      this.next();
    }
  }
}

export interface StoredItems extends InsertOutcome {
  /** For each id in `inserted`, the position of its row in the rows given. */
  positions: number[];
}

export interface BatchedDb {
  getSource(id: string): Promise<SourceRow | undefined>;
  /** Starts a fetch run; resolves with its id. */
  startFetchRun(run: NewFetchRun): Promise<number>;
  updateFetchRun(id: number, patch: Partial<NewFetchRun>): Promise<void>;
  updateSource(id: string, patch: Partial<NewSource>): Promise<void>;
  insertItems(rows: NewItem[]): Promise<StoredItems>;
  /** Items of a source published in the last `days` days. */
  itemsPublishedSince(sourceId: string, days: number): Promise<number>;
}

export function batchedDb(db: Db): BatchedDb {
  const sources = new Coalescer<string, SourceRow | undefined>(async (ids) => {
    const rows = new Map((await getSources(db, ids)).map((r) => [r.id, r]));
    return ids.map((id) => rows.get(id));
  });
  const runs = new Coalescer<NewFetchRun, number>((inputs) => startFetchRuns(db, inputs));
  const runUpdates = new Coalescer<{ id: number; patch: Partial<NewFetchRun> }, void>(async (inputs) => {
    await updateFetchRuns(db, inputs);
    return inputs.map(() => undefined);
  });
  const sourceUpdates = new Coalescer<{ id: string; patch: Partial<NewSource> }, void>(async (inputs) => {
    await updateSources(db, inputs);
    return inputs.map(() => undefined);
  });
  const inserts = new Coalescer<NewItem[], StoredItems>(async (batches) => {
    const inserted = await insertItemsKeyed(db, batches.flat());
    const ids = new Map(inserted.map((r) => [`${r.sourceId}\n${r.key}`, r.id]));
    return batches.map((rows) => {
      const mine: number[] = [];
      const positions: number[] = [];
      rows.forEach((row, position) => {
        const key = `${row.sourceId}\n${row.key}`;
        const id = ids.get(key);
        if (id !== undefined) {
          mine.push(id);
          positions.push(position);
          ids.delete(key);
        }
      });
      return { inserted: mine, positions, duplicates: rows.length - mine.length };
    });
  });
  const rates = new Coalescer<{ sourceId: string; days: number }, number>(async (inputs) => {
    const out: number[] = [];
    for (const days of new Set(inputs.map((i) => i.days))) {
      const since = new Date(Date.now() - days * 24 * 3600_000);
      const counts = await itemsPublishedSinceBySource(
        db,
        inputs.filter((i) => i.days === days).map((i) => i.sourceId),
        since,
      );
      inputs.forEach((input, k) => {
        if (input.days === days) out[k] = counts.get(input.sourceId) ?? 0;
      });
    }
    return out;
  });
  return {
    getSource: (id) => sources.call(id),
    startFetchRun: (run) => runs.call(run),
    updateFetchRun: (id, patch) => runUpdates.call({ id, patch }),
    updateSource: (id, patch) => sourceUpdates.call({ id, patch }),
    insertItems: (rows) =>
      rows.length ? inserts.call(rows) : Promise.resolve({ inserted: [], positions: [], duplicates: 0 }),
    itemsPublishedSince: (sourceId, days) => rates.call({ sourceId, days }),
  };
}
