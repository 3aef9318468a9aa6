// Public feeds and home page under load, on PostgreSQL (127.0.0.1:5432) with 100,000 approved
// items bulk-inserted by generate_series, each with a topic and a country tag.
// Targets: a feed >= 3,000 requests/s served from the page cache, >= 300/s rendered for every
// request (cache off), the home page >= 500/s. autocannon runs in its own process so it does
// not compete with the server for the event loop.
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '@mipas/core';
import { createTestDatabase } from '@mipas/db/testing';
import { openRuntime, type Runtime } from '@mipas/pipeline';
import { buildServer } from '@mipas/server';
import { sql } from 'drizzle-orm';

const ITEMS = 100_000;
const DURATION_S = 5;
const CONNECTIONS = 50;
const AUTOCANNON = join(import.meta.dirname, '..', 'node_modules', 'autocannon', 'autocannon.js');

async function insertItems(runtime: Runtime): Promise<void> {
  const db = runtime.database.db;
  await db.execute(sql`insert into sources (id, name, url)
    select 'source-' || n, 'Source ' || n, 'https://source' || n || '.example/rss' from generate_series(1, 20) n`);
  await db.execute(sql`insert into tags (kind, slug, labels)
    select 'topic', 'topic-' || n, jsonb_build_object('en', 'Topic ' || n, 'lt', 'Tema ' || n, 'ru', 'Тема ' || n)
    from generate_series(1, 10) n`);
  await db.execute(sql`insert into tags (kind, slug, labels)
    select 'country', 'c' || n, jsonb_build_object('en', 'Country ' || n) from generate_series(1, 10) n`);
  await db.execute(sql`insert into items (source_id, key, url, title, summary, published_at, language, status, updated_at)
    select 'source-' || (n % 20 + 1), 'k' || n, 'https://news.example/' || n,
      'Item ' || n || ' about asylum & <return>', 'Summary of item ' || n || ' with some words to render.',
      timestamptz '2026-11-01' - (n || ' minutes')::interval, (array['lt','en','ru'])[n % 3 + 1],
      case when n % 20 = 0 then 'rejected' else 'approved' end, timestamptz '2026-11-01'
    from generate_series(1, ${Math.ceil((ITEMS * 20) / 19)}) n`);
  await db.execute(sql`insert into item_tags (item_id, tag_id, origin)
    select i.id, t.id, 'rule' from items i join tags t
      on (t.kind = 'topic' and t.slug = 'topic-' || (i.id % 10 + 1)) or (t.kind = 'country' and t.slug = 'c' || (i.id % 7 + 1))`);
  // What autovacuum does after a bulk load (the test server runs without it): statistics, and
  // the visibility map that lets index-only scans skip the table.
  await db.execute(sql`vacuum analyze`);
}

async function measure(url: string): Promise<number> {
  // One second of warm-up first, so the figure is not the JIT compiling the route.
  await runAutocannon(url, 1);
  return runAutocannon(url, DURATION_S);
}

async function runAutocannon(url: string, seconds: number): Promise<number> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [AUTOCANNON, '-j', '-c', String(CONNECTIONS), '-d', String(seconds), url],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const result = JSON.parse(stdout) as { requests: { average: number }; non2xx: number; errors: number };
  if (result.non2xx || result.errors)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.average;
}

async function listen(
  runtime: Runtime,
  cacheSeconds: number,
): Promise<{ base: string; close(): Promise<void> }> {
  const app = await buildServer({
    ...runtime,
    config: { ...runtime.config, publicCacheSeconds: cacheSeconds },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** Fails the bench when an answer is not what the route should render. */
async function expectBody(url: string, check: (body: string) => string | undefined): Promise<void> {
  const response = await fetch(url);
  const problem = response.ok ? check(await response.text()) : `status ${response.status}`;
  if (problem) throw new Error(`${url}: ${problem}`);
}

const count = (body: string, part: string) => body.split(part).length - 1;

async function checkAnswers(base: string): Promise<void> {
  await expectBody(`${base}/en/feed.rss`, (b) => (count(b, '<item>') === 50 ? undefined : 'not 50 items'));
  await expectBody(`${base}/lt/feed.atom?topic=topic-3`, (b) =>
    count(b, '<entry') === 50 && count(b, '<category term="Tema 3"/>') === 50
      ? undefined
      : 'not 50 entries of topic-3',
  );
  await expectBody(`${base}/en/feed.json?source=source-4&language=ru`, (b) => {
    const list = (JSON.parse(b) as { items: Array<{ language?: string; authors: Array<{ name: string }> }> })
      .items;
    return list.length === 50 && list.every((i) => i.language === 'ru' && i.authors[0]?.name === 'Source 4')
      ? undefined
      : 'not 50 Russian items of source-4';
  });
  await expectBody(`${base}/en/`, (b) =>
    count(b, `<li><a href="https://mipas.example/en/items/`) === 50 && b.includes('&lt;return&gt;')
      ? undefined
      : 'not 50 escaped item lines',
  );
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function report(name: string, rps: number, target: number): boolean {
  const pass = rps >= target;
  console.log(
    `${name.padEnd(44)} ${Math.round(rps).toString().padStart(7)} req/s  (target >= ${target})  ${pass ? 'PASS' : 'FAIL'}`,
  );
  return pass;
}

export { insertItems };
export async function run(): Promise<void> {
  const target = await createTestDatabase('postgres');
  const runtime = await openRuntime(
    loadConfig({
      DATABASE_URL: target.url,
      MIPAS_LOG_LEVEL: 'warn',
      MIPAS_PUBLIC_URL: 'https://mipas.example',
    }),
  );
  try {
    const started = performance.now();
    await insertItems(runtime);
    console.log(`inserted ${ITEMS} approved items in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const cached = await listen(runtime, 60);
    const uncached = await listen(runtime, 0);
    await checkAnswers(uncached.base);
    console.log(`load average before: ${load()}`);
    const results = [
      report('feed /en/feed.rss, cached', await measure(`${cached.base}/en/feed.rss`), 3000),
      report('feed /en/feed.rss, uncached', await measure(`${uncached.base}/en/feed.rss`), 300),
      report(
        'feed /lt/feed.atom?topic=topic-3, uncached',
        await measure(`${uncached.base}/lt/feed.atom?topic=topic-3`),
        300,
      ),
      report(
        'feed /en/feed.json?source=source-4&language=ru, uncached',
        await measure(`${uncached.base}/en/feed.json?source=source-4&language=ru`),
        300,
      ),
      report('home /en/, cached', await measure(`${cached.base}/en/`), 500),
      report('home /en/, uncached', await measure(`${uncached.base}/en/`), 500),
    ];
    console.log(`load average after: ${load()}`);
    // Without the page cache every request is rendered from the database: a newly approved
    // item is in the very next answer.
    await runtime.database.db.execute(sql`insert into items (source_id, key, url, title, published_at, language, status)
      values ('source-1', 'bench-new', 'https://news.example/new', 'Newest item', now(), 'en', 'approved')`);
    await expectBody(`${uncached.base}/en/feed.rss`, (b) =>
      b.includes('<title>Newest item</title>') ? undefined : 'the uncached feed missed a new item',
    );
    await cached.close();
    await uncached.close();
    const failures = results.filter((pass) => !pass).length;
    console.log(failures ? 'publish bench: FAIL' : 'publish bench: PASS');
    if (failures) throw new Error(`publish bench: ${failures} of ${results.length} targets not met`);
  } finally {
    await runtime.close();
    await target.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
