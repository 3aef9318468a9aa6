// The coalesced stage writes on both databases: many calls in flight become few statements,
// every caller still gets its own answer, and one bad row fails only its own call.
import { getFetchRun, getSource, schema, seedSources } from '@mipas/db';
import { DATABASE_KINDS, openTestDatabase } from '@mipas/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BatchedDb, batchedDb, Coalescer } from '../src/batched-db';

describe('Coalescer', () => {
  it('runs the calls that arrive together as one batch and answers each in order', async () => {
    const batches: number[][] = [];
    const square = new Coalescer<number, number>(async (inputs) => {
      batches.push(inputs);
      return inputs.map((n) => n * n);
    });
    const answers = await Promise.all([1, 2, 3, 4].map((n) => square.call(n)));
    expect(answers).toEqual([1, 4, 9, 16]);
    expect(batches).toEqual([[1, 2, 3, 4]]);
  });

  it('retries a failed batch call by call, so only the bad call fails', async () => {
    const strict = new Coalescer<number, number>(async (inputs) => {
      if (inputs.includes(-1)) throw new Error('negative input');
      return inputs;
    });
    const outcomes = await Promise.allSettled([1, -1, 3].map((n) => strict.call(n)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason.message).toBe('negative input');
  });
});

describe.each(DATABASE_KINDS)('batched stage writes on %s', (kind) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let batched: BatchedDb;
  const ids = Array.from({ length: 30 }, (_, k) => `s${String(k).padStart(2, '0')}`);

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    batched = batchedDb(database.db);
    await seedSources(
      database.db,
      ids.map((id) => ({ id, name: id, url: `https://example.org/${id}.xml` })),
    );
  });
  afterAll(async () => database?.drop());

  it('reads sources for many callers at once', async () => {
    const rows = await Promise.all([...ids, 'missing'].map((id) => batched.getSource(id)));
    expect(rows.slice(0, -1).map((r) => r?.id)).toEqual(ids);
    expect(rows.at(-1)).toBeUndefined();
  });

  it('starts runs together and gives each caller the id of its own run', async () => {
    const runIds = await Promise.all(
      ids.map((sourceId) => batched.startFetchRun({ sourceId, url: sourceId })),
    );
    expect(new Set(runIds).size).toBe(ids.length);
    for (const [k, id] of runIds.entries()) {
      expect((await getFetchRun(database.db, id))?.sourceId).toBe(ids[k]);
    }
  });

  it('applies patches with different columns to the right rows; two patches of one row merge', async () => {
    const now = new Date('2026-05-01T10:00:00Z');
    await Promise.all([
      ...ids.map((id, k) =>
        batched.updateSource(
          id,
          k % 2 ? { etag: `"e${k}"`, lastFetchedAt: now } : { consecutiveFailures: k },
        ),
      ),
      batched.updateSource('s00', { lastError: 'second patch' }),
    ]);
    const s01 = await getSource(database.db, 's01');
    expect(s01).toMatchObject({ etag: '"e1"', lastFetchedAt: now, consecutiveFailures: 0 });
    expect(await getSource(database.db, 's04')).toMatchObject({ etag: null, consecutiveFailures: 4 });
    expect(await getSource(database.db, 's00')).toMatchObject({
      consecutiveFailures: 0,
      lastError: 'second patch',
    });
  });

  it('writes JSON columns and nulls through a batch update', async () => {
    const id = await batched.startFetchRun({ sourceId: 's05', url: 'u' });
    await batched.updateFetchRun(id, {
      status: 'parsed',
      warnings: ['no date on item 2'],
      itemsSeen: 3,
      body: null,
    });
    expect(await getFetchRun(database.db, id)).toMatchObject({
      status: 'parsed',
      warnings: ['no date on item 2'],
      itemsSeen: 3,
      body: null,
    });
  });

  it('fails only the call with a bad value; the others in its batch are written', async () => {
    const outcomes = await Promise.allSettled([
      batched.updateSource('s10', { lastError: 'fine' }),
      // Not a valid timestamp: PostgreSQL refuses the row.
      batched.updateSource('s11', { lastError: 'bad', nextFetchAt: 'not a date' as unknown as Date }),
      batched.updateSource('s12', { lastError: 'also fine' }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await getSource(database.db, 's10'))?.lastError).toBe('fine');
    expect((await getSource(database.db, 's11'))?.lastError).toBeNull();
    expect((await getSource(database.db, 's12'))?.lastError).toBe('also fine');
  });

  it('inserts items of many sources at once and tells each caller its new ids and duplicates', async () => {
    const item = (sourceId: string, key: string, canonicalUrl: string) => ({
      sourceId,
      key,
      title: `${sourceId} ${key}`,
      publishedAt: new Date('2026-05-01T00:00:00Z'),
      canonicalUrl,
    });
    const [a, b, c] = await Promise.all([
      batched.insertItems([item('s20', 'k1', 'https://x.org/1'), item('s20', 'k2', 'https://x.org/2')]),
      // The same story under another source's key: one copy is stored.
      batched.insertItems([item('s21', 'k1', 'https://x.org/2'), item('s21', 'k3', 'https://x.org/3')]),
      batched.insertItems([]),
    ]);
    expect(a!.inserted).toHaveLength(2);
    expect(b).toMatchObject({ duplicates: 1 });
    expect(b!.inserted).toHaveLength(1);
    // The second row of that call is the one stored.
    expect(b!.positions).toEqual([1]);
    expect(c).toEqual({ inserted: [], positions: [], duplicates: 0 });
    const rows = await database.db
      .select({ id: schema.items.id, sourceId: schema.items.sourceId, key: schema.items.key })
      .from(schema.items)
      .where(eq(schema.items.sourceId, 's21'));
    expect(rows).toEqual([{ id: b!.inserted[0], sourceId: 's21', key: 'k3' }]);
    const again = await batched.insertItems([item('s20', 'k1', 'https://x.org/1')]);
    expect(again).toEqual({ inserted: [], positions: [], duplicates: 1 });
  });

  it('counts recent items per source in one go', async () => {
    const counts = await Promise.all([
      batched.itemsPublishedSince('s20', 100_000),
      batched.itemsPublishedSince('s21', 100_000),
      batched.itemsPublishedSince('s22', 100_000),
      batched.itemsPublishedSince('s20', 1),
    ]);
    expect(counts).toEqual([2, 1, 0, 0]);
  });
});
