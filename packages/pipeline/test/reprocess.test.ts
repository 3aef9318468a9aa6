// `reprocessItems` walks stored items in id order, batch by batch, and stops between batches when
// its signal is aborted, so a rerun with the last id resumes where it stopped. It keeps a
// checkpoint in the database (reprocess_runs) after each batch, so a run that died is resumed by
// the next one without an id. On both databases.
import { addSource, findUnfinishedReprocessRun, insertItems, schema } from '@mipas/db';
import { DATABASE_KINDS, openTestDatabase } from '@mipas/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reprocessItems } from '../src/reprocess';
import type { Runtime } from '../src/runtime';

describe.each(DATABASE_KINDS)('reprocessItems on %s', (kind) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let ids: number[];

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await addSource(database.db, { id: 'qa', name: 'QA', url: 'https://example.org/rss', primary: false });
    const outcome = await insertItems(
      database.db,
      Array.from({ length: 10 }, (_, i) => ({
        sourceId: 'qa',
        key: `k${i}`,
        title: `Asylum item ${i}`,
        publishedAt: new Date(Date.UTC(2026, 0, 1 + i)),
        canonicalUrl: `https://example.org/${i}`,
      })),
    );
    ids = outcome.inserted;
  });
  afterAll(async () => database?.drop());
  // Each test starts with no checkpoint: a run left unfinished by one would be resumed by the next.
  beforeEach(async () => {
    await database.db.delete(schema.reprocessRuns);
  });

  /** A runtime whose enrich stage only records the ids it was given. */
  function fakeRuntime(seen: number[], afterBatch?: () => void): Runtime {
    return {
      database,
      handlers: {
        enrich: async ({ itemIds }: { itemIds: number[] }) => {
          seen.push(...itemIds);
          afterBatch?.();
          return { next: [], stats: { enriched: itemIds.length } };
        },
      },
    } as unknown as Runtime;
  }

  /** A run killed (its progress callback throws) after its first batch, leaving a checkpoint. */
  async function dieAfterFirstBatch(options: { since?: Date; batchSize: number }): Promise<void> {
    await expect(
      reprocessItems(fakeRuntime([]), {
        ...options,
        onProgress: () => {
          throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
  }

  it('stops after the batch in progress when aborted and resumes from the last id', async () => {
    const stop = new AbortController();
    const first: number[] = [];
    let totalSeen = -1;
    const summary = await reprocessItems(
      fakeRuntime(first, () => stop.abort()),
      {
        batchSize: 3,
        signal: stop.signal,
        onStart: (total) => {
          totalSeen = total;
        },
      },
    );
    expect(totalSeen).toBe(10);
    expect(summary).toMatchObject({ items: 3, enriched: 3, lastId: ids[2], interrupted: true });

    const rest: number[] = [];
    const resumed = await reprocessItems(fakeRuntime(rest), { batchSize: 3, afterId: summary.lastId });
    expect(resumed).toMatchObject({ items: 7, enriched: 7, lastId: ids[9] });
    expect(resumed.interrupted).toBeUndefined();
    expect([...first, ...rest]).toEqual(ids);
  });

  it('hears a signal delivered by the event loop between batches (a process signal handler)', async () => {
    const stop = new AbortController();
    const seen: number[] = [];
    // Like process.on('SIGINT'): the abort runs as an event-loop callback, not inside the batch.
    const summary = await reprocessItems(
      fakeRuntime(seen, () => {
        if (seen.length === 1) setImmediate(() => stop.abort());
      }),
      { batchSize: 1, signal: stop.signal },
    );
    expect(summary.interrupted).toBe(true);
    expect(summary.items).toBeLessThan(10);
  });

  it('is not interrupted when the signal comes after the last batch', async () => {
    const stop = new AbortController();
    const seen: number[] = [];
    const summary = await reprocessItems(
      fakeRuntime(seen, () => {
        if (seen.length === 10) stop.abort();
      }),
      { batchSize: 5, signal: stop.signal },
    );
    expect(summary).toMatchObject({ items: 10, lastId: ids[9] });
    expect(summary.interrupted).toBeUndefined();
  });

  it('counts and walks only items published on or after --since', async () => {
    const seen: number[] = [];
    const summary = await reprocessItems(fakeRuntime(seen), { since: new Date('2026-01-08T00:00:00Z') });
    expect(summary.items).toBe(3);
    expect(seen).toEqual(ids.slice(7));
  });

  it('resumes a run that died after its first batch, without an id: every item once', async () => {
    const first: number[] = [];
    const crash = new Error('killed');
    await expect(
      reprocessItems(fakeRuntime(first), {
        batchSize: 3,
        onProgress: () => {
          throw crash;
        },
      }),
    ).rejects.toBe(crash);
    expect(first).toEqual(ids.slice(0, 3));

    const rest: number[] = [];
    const batches: number[][] = [];
    let resumed: unknown;
    const summary = await reprocessItems(
      fakeRuntime(rest, () => batches.push(rest.slice(batches.flat().length))),
      {
        batchSize: 3,
        onResume: (run) => {
          resumed = run;
        },
      },
    );
    expect(resumed).toMatchObject({ lastId: ids[2], done: 3, total: 10 });
    expect((resumed as { startedAt: Date }).startedAt).toBeInstanceOf(Date);
    expect(summary).toMatchObject({ items: 7, enriched: 7, lastId: ids[9], resumedFrom: ids[2] });
    expect(batches).toEqual([ids.slice(3, 6), ids.slice(6, 9), ids.slice(9)]);
    expect([...first, ...rest]).toEqual(ids);
    // Finished: the next run starts from the first item again.
    expect(await findUnfinishedReprocessRun(database.db, undefined)).toBeUndefined();
    const again: number[] = [];
    const next = await reprocessItems(fakeRuntime(again), { batchSize: 4 });
    expect(next.resumedFrom).toBeNull();
    expect(again).toEqual(ids);
  });

  it('keeps a run stopped by its signal resumable by a call without an id', async () => {
    const stop = new AbortController();
    const first: number[] = [];
    await reprocessItems(
      fakeRuntime(first, () => stop.abort()),
      { batchSize: 4, signal: stop.signal },
    );
    const rest: number[] = [];
    const summary = await reprocessItems(fakeRuntime(rest), { batchSize: 4 });
    expect(summary).toMatchObject({ items: 6, resumedFrom: ids[3] });
    expect([...first, ...rest]).toEqual(ids);
  });

  it('resumes a run that died before it did any batch, with no resume to report', async () => {
    const first: number[] = [];
    await expect(
      reprocessItems(
        fakeRuntime(first, () => {
          throw new Error('killed');
        }),
        { batchSize: 5 },
      ),
    ).rejects.toThrow('killed');
    const rest: number[] = [];
    let resumes = 0;
    const summary = await reprocessItems(fakeRuntime(rest), {
      batchSize: 5,
      onResume: () => resumes++,
    });
    expect(resumes).toBe(0);
    expect(summary).toMatchObject({ items: 10, resumedFrom: null });
    expect(rest).toEqual(ids);
  });

  it('starts from the first item on restart, and the old run is not resumed after that', async () => {
    await dieAfterFirstBatch({ batchSize: 2 });
    const seen: number[] = [];
    let resumes = 0;
    const summary = await reprocessItems(fakeRuntime(seen), {
      batchSize: 4,
      restart: true,
      onResume: () => resumes++,
    });
    expect(resumes).toBe(0);
    expect(summary).toMatchObject({ items: 10, resumedFrom: null });
    expect(seen).toEqual(ids);
    const after: number[] = [];
    expect((await reprocessItems(fakeRuntime(after))).resumedFrom).toBeNull();
    expect(after).toEqual(ids);
  });

  it('treats a different since as a different run', async () => {
    const since = new Date('2026-01-05T00:00:00Z');
    await dieAfterFirstBatch({ since, batchSize: 2 });
    // Without since: another run, from the first item; the run with since stays resumable.
    const all: number[] = [];
    const plain = await reprocessItems(fakeRuntime(all));
    expect(plain.resumedFrom).toBeNull();
    expect(all).toEqual(ids);
    const other: number[] = [];
    const later = await reprocessItems(fakeRuntime(other), { since: new Date('2026-01-06T00:00:00Z') });
    expect(later.resumedFrom).toBeNull();
    expect(other).toEqual(ids.slice(5));
    // The same since (another Date object of the same instant) resumes it.
    const rest: number[] = [];
    const resumed = await reprocessItems(fakeRuntime(rest), { since: new Date(since.getTime()) });
    expect(resumed).toMatchObject({ items: 4, resumedFrom: ids[5] });
    expect(rest).toEqual(ids.slice(6));
  });

  it('lets an explicit afterId win over the checkpoint', async () => {
    await dieAfterFirstBatch({ batchSize: 2 });
    const seen: number[] = [];
    const summary = await reprocessItems(fakeRuntime(seen), {
      afterId: ids[6],
      onProgress: () => {
        throw new Error('killed again');
      },
    }).catch((err: Error) => err.message);
    expect(summary).toBe('killed again');
    expect(seen).toEqual(ids.slice(7));
    // The run now resumes after the last batch started from afterId, not from the old checkpoint.
    const rest: number[] = [];
    const resumed = await reprocessItems(fakeRuntime(rest));
    expect(resumed).toMatchObject({ items: 0, resumedFrom: ids[9] });
    expect(rest).toEqual([]);
    expect(await findUnfinishedReprocessRun(database.db, undefined)).toBeUndefined();
  });

  it('continues the unfinished run when afterId is where it stopped (the printed resume command)', async () => {
    const stop = new AbortController();
    const first = await reprocessItems(
      fakeRuntime([], () => stop.abort()),
      { batchSize: 3, signal: stop.signal },
    );
    const run = await findUnfinishedReprocessRun(database.db, undefined);
    const rest: number[] = [];
    const summary = await reprocessItems(fakeRuntime(rest), { afterId: first.lastId });
    expect(summary).toMatchObject({ items: 7, resumedFrom: null });
    expect(rest).toEqual(ids.slice(3));
    const [row] = await database.db.select().from(schema.reprocessRuns);
    expect(row).toMatchObject({ id: run!.id, done: 10, total: 10, lastId: ids[9] });
    expect(row!.finishedAt).toBeInstanceOf(Date);
  });

  it('refuses restart together with afterId, and a negative afterId', async () => {
    await expect(reprocessItems(fakeRuntime([]), { restart: true, afterId: 3 })).rejects.toThrow(
      /restart starts from the first item/,
    );
    await expect(reprocessItems(fakeRuntime([]), { afterId: -1 })).rejects.toThrow(
      /afterId must be a whole number/,
    );
  });
});
