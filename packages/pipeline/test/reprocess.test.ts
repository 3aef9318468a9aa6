// `reprocessItems` walks stored items in id order, batch by batch, and stops between batches when
// its signal is aborted, so a rerun with the last id resumes where it stopped.
import { addSource, insertItems } from '@mipas/db';
import { openTestDatabase } from '@mipas/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reprocessItems } from '../src/reprocess';
import type { Runtime } from '../src/runtime';

describe('reprocessItems', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let ids: number[];

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
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
});
