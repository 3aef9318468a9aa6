// Curator inbox with 100,000 items on PostgreSQL: server time of opening the inbox (several
// filters and sorts) and of every keyboard action, measured through `inject()` (no network).
import { loadConfig } from '@mipas/core';
import { createTestDatabase } from '@mipas/db/testing';
import { openRuntime } from '@mipas/pipeline';
import { buildServer } from '@mipas/server';
import pg from 'pg';
import { addAccount, logInClient } from '../packages/server/test/admin-fixtures';

const ITEMS = 100_000;
const RUNS = 40;

async function fillDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`insert into sources (id, name, url, trusted)
    select 'source-' || s, 'Source ' || s, 'https://example.org/' || s || '.xml', s % 5 = 0 from generate_series(1, 40) s`);
  await client.query(
    `insert into tags (kind, slug) select 'topic', 'topic-' || t from generate_series(1, 30) t`,
  );
  await client.query(`insert into items (source_id, key, title, summary, url, published_at, language, status, relevance, cluster_id)
    select 'source-' || (1 + i % 40), 'k' || i, 'Item ' || i || ' on asylum and migration policy', 'Summary of item ' || i,
      'https://example.org/i/' || i, now() - (i || ' minutes')::interval,
      (array['lt','en','ru','de'])[1 + i % 4],
      case when i % 10 < 6 then 'new' when i % 10 < 8 then 'approved' when i % 10 = 8 then 'rejected' else 'on_hold' end,
      (i * 7919 % 1000) / 1000.0,
      case when i % 20 = 1 then i - 1 when i % 20 = 0 then i else null end
    from generate_series(1, ${ITEMS}) i`);
  await client.query(`insert into item_tags (item_id, tag_id, origin, confidence)
    select id, 1 + id % 30, 'rule', 0.8 from items`);
  await client.query('analyze');
  await client.end();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function run(): Promise<void> {
  const target = await createTestDatabase('postgres');
  const runtime = await openRuntime(loadConfig({ DATABASE_URL: target.url, MIPAS_LOG_LEVEL: 'warn' }));
  try {
    await fillDatabase(target.url!);
    const app = await buildServer(runtime);
    await addAccount(runtime.database.db, 'bench@example.org', 'admin');
    const client = await logInClient(app, 'bench@example.org');
    const inbox: Array<{ id: number; version: number }> = [];
    for (const offset of [0, 200, 400])
      inbox.push(
        ...(await client.request('GET', `/api/admin/items?limit=200&offset=${offset}`)).json().items,
      );
    let next = 0;
    const take = () => inbox[next++]!;
    const routes: Array<[string, () => Promise<{ statusCode: number }>]> = [
      ['GET inbox newest', () => client.request('GET', '/api/admin/items')],
      ['GET inbox relevance', () => client.request('GET', '/api/admin/items?sort=relevance')],
      ['GET inbox topic+language', () => client.request('GET', '/api/admin/items?topic=topic-5&language=lt')],
      ['GET inbox search', () => client.request('GET', '/api/admin/items?q=item%2099')],
      ['GET item (open)', () => client.request('GET', `/api/admin/items/${inbox[next % inbox.length]!.id}`)],
      [
        'POST approve (a)',
        () => {
          const i = take();
          return client.request('POST', `/api/admin/items/${i.id}/status`, {
            to: 'approved',
            version: i.version,
          });
        },
      ],
      [
        'POST reject (r)',
        () => {
          const i = take();
          return client.request('POST', `/api/admin/items/${i.id}/status`, {
            to: 'rejected',
            version: i.version,
          });
        },
      ],
      [
        'POST hold (h)',
        () => {
          const i = take();
          return client.request('POST', `/api/admin/items/${i.id}/status`, {
            to: 'on_hold',
            version: i.version,
          });
        },
      ],
      [
        'PATCH edit (e)',
        () => {
          const i = take();
          return client.request('PATCH', `/api/admin/items/${i.id}`, {
            version: i.version,
            titles: { en: 'Edited' },
          });
        },
      ],
      [
        'POST tag (t)',
        () => {
          const i = take();
          return client.request('POST', `/api/admin/items/${i.id}/tags`, {
            version: i.version,
            add: [{ kind: 'topic', slug: 'topic-3' }],
          });
        },
      ],
      [
        'POST bulk approve x10 (A)',
        () =>
          client.request('POST', '/api/admin/items/status', {
            changes: Array.from({ length: 10 }, () => {
              const i = take();
              return { id: i.id, to: 'approved', version: i.version };
            }),
          }),
      ],
      ['GET latest (poll)', () => client.request('GET', '/api/admin/items/latest')],
    ];
    console.log(
      `${ITEMS} items on PostgreSQL; ${RUNS} runs per route (after 3 warm-up runs); server time via inject()`,
    );
    console.log('route'.padEnd(28), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8));
    for (const [name, call] of routes) {
      const heavy = name.startsWith('POST bulk') ? 8 : RUNS;
      for (let w = 0; w < 3 && !name.startsWith('P'); w++) await call();
      const times: number[] = [];
      for (let r = 0; r < heavy; r++) {
        const started = performance.now();
        const response = await call();
        times.push(performance.now() - started);
        if (response.statusCode >= 500) throw new Error(`${name} answered ${response.statusCode}`);
      }
      times.sort((a, b) => a - b);
      console.log(
        name.padEnd(28),
        percentile(times, 50).toFixed(1).padStart(8),
        percentile(times, 95).toFixed(1).padStart(8),
      );
    }
    await app.close();
  } finally {
    await runtime.close();
    await target.drop();
  }
}
