// The contract every transport keeps, run against both: the in-process one and BullMQ on the
// real Redis. The handlers here are small stand-ins for the stages; the transport is real.
import { randomBytes } from 'node:crypto';
import { createLogger } from '@mipas/core';
import { TEST_REDIS_URL } from '@mipas/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { BullmqTransport } from '../src/transport/bullmq';
import { GATHER_ITEM_IDS, InProcessTransport, MERGE_ITEM_IDS } from '../src/transport/in-process';
import type { Job, StageHandlers, StageName, Transport } from '../src/types';

const log = createLogger('error');
const concurrency: Record<StageName, number> = { fetch: 4, parse: 2, store: 2, article: 1, enrich: 1 };

type Kind = 'in-process' | 'bullmq';
const KINDS: Kind[] = ['in-process', 'bullmq'];

function makeTransport(kind: Kind, prefix: string): Transport {
  return kind === 'in-process'
    ? new InProcessTransport(concurrency, log)
    : new BullmqTransport({ redisUrl: TEST_REDIS_URL, prefix, concurrency, log });
}

/** fetch → two parse jobs → one store job each; counts every call. */
function cascade(calls: string[], failOn?: string): StageHandlers {
  return {
    fetch: async (data) => {
      calls.push(`fetch:${data.n}`);
      if (failOn === `fetch:${data.n}`) throw new Error('boom');
      return {
        next: [0, 1].map(
          (k) => ({ stage: 'parse', id: `parse_${data.n}_${k}`, data: { n: data.n, k } }) satisfies Job,
        ),
        stats: { fetched: 1 },
      };
    },
    parse: async (data) => {
      calls.push(`parse:${data.n}:${data.k}`);
      return {
        next: [{ stage: 'store', id: `store_${data.n}_${data.k}`, data: { n: data.n, k: data.k } }],
        stats: { itemsSeen: 3 },
      };
    },
    store: async (data) => {
      calls.push(`store:${data.n}:${data.k}`);
      await new Promise((r) => setTimeout(r, 5));
      return { next: [], stats: { itemsNew: 1, duplicates: 2 } };
    },
    article: async () => ({ next: [], stats: {} }),
    enrich: async () => ({ next: [], stats: {} }),
  };
}

function fetchJobs(runId: string, ns: number[]): Job[] {
  return ns.map((n) => ({ stage: 'fetch', id: `fetch_${runId}_${n}`, data: { n }, runId }));
}

describe.each(KINDS)('%s transport', (kind) => {
  const open: Transport[] = [];
  const prefix = `mipas-test-${randomBytes(4).toString('hex')}`;
  const transport = (p = prefix) => {
    const t = makeTransport(kind, p);
    open.push(t);
    return t;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((t) => t.close()));
  });

  it('finishes a run only when every job it led to is done, summing their stats', async () => {
    const t = transport(`${prefix}-a`);
    const calls: string[] = [];
    await t.startWorkers(['fetch', 'parse', 'store', 'enrich'], cascade(calls));
    await t.enqueue(fetchJobs('r1', [1, 2, 3]));
    const stats = await t.waitForRun('r1', 30_000);
    expect(stats).toMatchObject({ fetched: 3, itemsSeen: 18, itemsNew: 6, duplicates: 12, errors: 0 });
    expect(calls.filter((c) => c.startsWith('store'))).toHaveLength(6);
  });

  it('runs a job id once however often it is enqueued', async () => {
    const t = transport(`${prefix}-b`);
    const calls: string[] = [];
    await t.startWorkers(['fetch', 'parse', 'store', 'enrich'], cascade(calls));
    const jobs = fetchJobs('r2', [7]);
    await t.enqueue([...jobs, ...jobs]);
    await t.enqueue(jobs);
    const stats = await t.waitForRun('r2', 30_000);
    expect(stats.fetched).toBe(1);
    expect(calls.filter((c) => c === 'fetch:7')).toHaveLength(1);
  });

  it('counts a failing job as an error and still finishes the run with the others', async () => {
    const t = transport(`${prefix}-c`);
    const calls: string[] = [];
    await t.startWorkers(['fetch', 'parse', 'store', 'enrich'], cascade(calls, 'fetch:2'));
    await t.enqueue(fetchJobs('r3', [1, 2, 3]));
    const stats = await t.waitForRun('r3', 60_000);
    expect(stats).toMatchObject({ fetched: 2, itemsNew: 4, errors: 1 });
  });

  it('keeps jobs queued until a worker for their stage starts', async () => {
    const t = transport(`${prefix}-d`);
    const calls: string[] = [];
    await t.enqueue(fetchJobs('r4', [1]));
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).toHaveLength(0);
    await t.startWorkers(['fetch', 'parse', 'store', 'enrich'], cascade(calls));
    expect((await t.waitForRun('r4', 30_000)).itemsNew).toBe(2);
  });

  it('reports its health', async () => {
    const health = await transport(`${prefix}-e`).health();
    expect(health).toMatchObject({ ok: true, kind });
  });

  if (kind === 'bullmq') {
    it('shares one run between worker processes on the same queues', async () => {
      const p = `${prefix}-f`;
      const [producer, a, b] = [transport(p), transport(p), transport(p)];
      const callsA: string[] = [];
      const callsB: string[] = [];
      await a.startWorkers(['fetch', 'parse', 'store', 'enrich'], cascade(callsA));
      await b.startWorkers(['fetch', 'parse', 'store', 'enrich'], cascade(callsB));
      await producer.enqueue(fetchJobs('r5', [1, 2, 3, 4, 5, 6, 7, 8]));
      const stats = await producer.waitForRun('r5', 30_000);
      expect(stats.itemsNew).toBe(16);
      expect(callsA.length + callsB.length).toBe(8 * 5);
      expect(callsA.length).toBeGreaterThan(0);
      expect(callsB.length).toBeGreaterThan(0);
    });

    it('fails clearly when Redis does not answer', async () => {
      const t = new BullmqTransport({ redisUrl: 'redis://127.0.0.1:1', prefix, concurrency, log });
      const health = await t.health();
      expect(health).toMatchObject({ ok: false, kind: 'bullmq' });
      expect(health.detail).toMatch(/Redis does not answer/);
      await t.close();
    });
  }
});

describe('in-process transport merging jobs', () => {
  it('hands the queued enrich jobs of a run to one call, and finishes each run with its own stats', async () => {
    const t = new InProcessTransport({ fetch: 4, parse: 1, store: 1, article: 1, enrich: 1 }, log, {
      enrich: MERGE_ITEM_IDS,
    });
    const calls: number[][] = [];
    let release: () => void = () => {};
    const blocked = new Promise<void>((r) => {
      release = r;
    });
    await t.startWorkers(['fetch', 'parse', 'store', 'enrich'], {
      fetch: async () => ({ next: [], stats: {} }),
      parse: async () => ({ next: [], stats: {} }),
      store: async () => ({ next: [], stats: {} }),
      article: async () => ({ next: [], stats: {} }),
      enrich: async (data) => {
        const ids = data.itemIds as number[];
        calls.push(ids);
        // The first call holds the only slot while the others queue up.
        if (calls.length === 1) await blocked;
        return { next: [], stats: { enriched: ids.length } };
      },
    });
    const enrich = (runId: string, n: number, ids: number[]): Job => ({
      stage: 'enrich',
      id: `enrich_${runId}_${n}`,
      data: { itemIds: ids },
      runId,
    });
    await t.enqueue([enrich('a', 0, [1])]);
    await t.enqueue([enrich('a', 1, [2, 3]), enrich('b', 1, [9]), enrich('a', 2, [4])]);
    const runA = t.waitForRun('a', 5000);
    const runB = t.waitForRun('b', 5000);
    release();
    expect(await runA).toMatchObject({ enriched: 4, errors: 0 });
    expect(await runB).toMatchObject({ enriched: 1, errors: 0 });
    expect(calls).toEqual([[1], [2, 3, 4], [9]]);
    await t.close();
  });

  it('holds enrich jobs back while other stages still work, until enough items wait or the others are done', async () => {
    const merge = { ...GATHER_ITEM_IDS, minSize: 10, maxWaitMs: 60_000 };
    const t = new InProcessTransport({ fetch: 8, parse: 1, store: 1, article: 1, enrich: 2 }, log, {
      enrich: merge,
    });
    const calls: number[][] = [];
    // Each fetch job sends three items straight to enrich after a pause; the last fetch is slow.
    await t.startWorkers(['fetch', 'parse', 'store', 'enrich'], {
      fetch: async (data) => {
        const n = data.n as number;
        await new Promise((r) => setTimeout(r, n === 5 ? 300 : 10 * n));
        const ids = [n * 10, n * 10 + 1, n * 10 + 2];
        return {
          next: [{ stage: 'enrich', id: `enrich_${n}`, data: { itemIds: ids } }],
          stats: { fetched: 1 },
        };
      },
      parse: async () => ({ next: [], stats: {} }),
      store: async () => ({ next: [], stats: {} }),
      article: async () => ({ next: [], stats: {} }),
      enrich: async (data) => {
        const ids = data.itemIds as number[];
        calls.push(ids);
        return { next: [], stats: { enriched: ids.length } };
      },
    });
    await t.enqueue(
      [1, 2, 3, 4, 5].map((n) => ({ stage: 'fetch', id: `fetch_${n}`, data: { n }, runId: 'r' })),
    );
    expect(await t.waitForRun('r', 5000)).toMatchObject({ fetched: 5, enriched: 15, errors: 0 });
    // Four fetches give 12 items (>= 10) in one call; the last three go once nothing else runs.
    expect(calls).toEqual([
      [10, 11, 12, 20, 21, 22, 30, 31, 32, 40, 41, 42],
      [50, 51, 52],
    ]);
    await t.close();
  });

  it('starts a held-back enrich call after maxWaitMs even while other stages work', async () => {
    const merge = { ...GATHER_ITEM_IDS, minSize: 100, maxWaitMs: 50 };
    const t = new InProcessTransport({ fetch: 2, parse: 1, store: 1, article: 1, enrich: 1 }, log, {
      enrich: merge,
    });
    const started: number[] = [];
    const t0 = Date.now();
    await t.startWorkers(['fetch', 'parse', 'store', 'enrich'], {
      fetch: async (data) => {
        const n = data.n as number;
        if (n === 2) await new Promise((r) => setTimeout(r, 1000));
        return { next: [{ stage: 'enrich', id: `enrich_${n}`, data: { itemIds: [n] } }], stats: {} };
      },
      parse: async () => ({ next: [], stats: {} }),
      store: async () => ({ next: [], stats: {} }),
      article: async () => ({ next: [], stats: {} }),
      enrich: async (data) => {
        started.push(Date.now() - t0);
        return { next: [], stats: { enriched: (data.itemIds as number[]).length } };
      },
    });
    await t.enqueue([1, 2].map((n) => ({ stage: 'fetch', id: `fetch_${n}`, data: { n }, runId: 'w' })));
    expect(await t.waitForRun('w', 5000)).toMatchObject({ enriched: 2 });
    // Item 1 did not wait for the slow fetch of item 2 (1 s), only for maxWaitMs.
    expect(started).toHaveLength(2);
    expect(started[0]!).toBeGreaterThanOrEqual(40);
    expect(started[0]!).toBeLessThan(800);
    expect(started[1]!).toBeGreaterThanOrEqual(950);
    await t.close();
  });
});
