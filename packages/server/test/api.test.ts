import { addSource, insertItems } from '@mipas/db';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, openModeRuntime } from '../../../test/support/modes';
import { buildServer } from '../src/app';

describe.each(MODES)('HTTP API, %s mode', (mode) => {
  let runtime: Awaited<ReturnType<typeof openModeRuntime>>;
  let app: FastifyInstance;

  beforeAll(async () => {
    runtime = await openModeRuntime(mode);
    app = await buildServer(runtime);
    await addSource(runtime.database.db, { id: 'unhcr', name: 'UNHCR', url: 'https://www.unhcr.org/rss' });
    await insertItems(
      runtime.database.db,
      Array.from({ length: 7 }, (_, n) => ({
        sourceId: 'unhcr',
        key: `k${n}`,
        title: `Item ${n}`,
        url: `https://www.unhcr.org/news/${n}`,
        canonicalUrl: `https://www.unhcr.org/news/${n}`,
        publishedAt: new Date(Date.UTC(2026, 10, 1, n)),
        status: n % 2 ? 'approved' : 'new',
      })),
    );
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  it('reports database and queue health', async () => {
    const res = await app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: { ok: true, kind: mode === 'embedded' ? 'pglite' : 'postgres' },
      queue: { ok: true, kind: mode === 'embedded' ? 'in-process' : 'bullmq' },
    });
  });

  it('pages items newest first and filters by status', async () => {
    const first = (await app.inject('/api/items?limit=3')).json();
    expect(first.items.map((i: { title: string }) => i.title)).toEqual(['Item 6', 'Item 5', 'Item 4']);
    const second = (await app.inject(`/api/items?limit=3&cursor=${first.next_cursor}`)).json();
    expect(second.items.map((i: { title: string }) => i.title)).toEqual(['Item 3', 'Item 2', 'Item 1']);
    const approved = (await app.inject('/api/items?status=approved')).json();
    expect(approved.items).toHaveLength(3);
    expect(approved.items[0]).toMatchObject({
      source: 'unhcr',
      url: 'https://www.unhcr.org/news/5',
      published_at: '2026-11-01T05:00:00.000Z',
    });
  });

  it('answers bad requests with 400 and a reason', async () => {
    for (const query of ['limit=0', 'limit=abc', 'status=published', 'cursor=forged', 'unknown=1']) {
      const res = await app.inject(`/api/items?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error, query).toBeTruthy();
    }
  });

  it('lists sources with their health', async () => {
    const body = (await app.inject('/api/sources')).json();
    expect(body.sources).toEqual([
      expect.objectContaining({ id: 'unhcr', enabled: true, consecutive_failures: 0 }),
    ]);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await app.inject('/api/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });
});
