// The article stage, in both run modes (embedded: PGlite, in-process; server: PostgreSQL, BullMQ
// on Redis), against a local server: the Frontex news-release feed (sources/fixtures/frontex.xml,
// teasers only) with its links pointing at article pages built to the release page's markup
// (sources/fixtures/frontex.pages/release-2026-01-13.html), fetched through the real catalogue definition's
// article selectors. Pages that fail leave the item with its feed text and a warning.
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { addSource, getItem, insertItems, saveArticleTexts, schema, seedSources } from '@mipas/db';
import { openTestDatabase } from '@mipas/db/testing';
import { findSource } from '@mipas/sources';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, REPO_ROOT, spawnCli, stopCli } from '../../../test/support/cli';
import { type FixtureServer, startFixtureServer } from '../../../test/support/http';
import { MODES, type Mode, openModeRuntime } from '../../../test/support/modes';
import { catalogueRows } from '../src/catalogue';
import { runFetchCycle } from '../src/cycle';
import { createStageHandlers } from '../src/runtime';
import { STAGES } from '../src/types';
import { seedServedSource } from './seed-served';

const FEED = readFileSync(join(REPO_ROOT, 'sources/fixtures/frontex.xml'), 'utf8');
const PAGE = readFileSync(join(REPO_ROOT, 'sources/fixtures/frontex.pages/release-2026-01-13.html'), 'utf8');
const ORIGIN = 'https://www.frontex.europa.eu';
const RELEASES = '/media-centre/news/news-release/';
const GOOD = `${RELEASES}frontex-irregular-border-crossings-down-26-in-2025-europe-must-stay-prepared-lyKpVb`;
const MISSING = `${RELEASES}irregular-border-crossings-into-eu-drop-sharply-in-2024-oqpweX`;
const HANGING = `${RELEASES}frontex-expands-its-joint-operation-triton-udpbHP`;
const NO_MATCH = `${RELEASES}frontex-deploys-officers-to-the-western-balkans-qwErTy`;
/** A page whose article element holds only scripts and frames: nothing is left once sanitised. */
const EMPTY = `${RELEASES}frontex-publishes-its-risk-analysis-zXcVbN`;
/** A sentence only the article page has, not the feed. */
const PAGE_ONLY = 'Most departures towards Italy were registered from Libya';
const TIMEOUT_MS = 1500;
const frontex = findSource('frontex')!;

const EXTRA_ITEMS = [
  ['Frontex deploys officers to the Western Balkans', 'Standing corps officers will support border checks.'],
  ['Frontex publishes its risk analysis', 'The annual risk analysis looks at the year ahead.'],
];

/** The Frontex feed served from `origin`, with more releases linking to `extraLinks`. */
function feed(origin: string, extraLinks = [`${origin}${NO_MATCH}`]): string {
  const extra = extraLinks
    .map((link, i) => {
      const [title, description] = EXTRA_ITEMS[i]!;
      return `<item><title>${title}</title><link>${link}</link><description>${description}</description>
      <pubDate>Mon, 12 Jan 2026 10:00:00 +0100</pubDate><guid>${link}</guid></item>`;
    })
    .join('');
  return FEED.replaceAll(ORIGIN, origin).replace('</channel>', `${extra}</channel>`);
}

/** The page with hostile markup inside the article body, which must not reach the store. */
const HOSTILE_PAGE = PAGE.replace(
  '<p>"Europe must stay prepared,"',
  '<script>document.cookie="stolen"</script><img src="/x.png" onerror="alert(1)">' +
    '<a href="javascript:alert(2)">click</a><p onclick="alert(3)">"Europe must stay prepared,"',
);

function tagsOf(runtime: { database: { db: import('@mipas/db').Db } }, itemId: number) {
  return runtime.database.db
    .select({ kind: schema.tags.kind, slug: schema.tags.slug })
    .from(schema.itemTags)
    .innerJoin(schema.tags, eq(schema.itemTags.tagId, schema.tags.id))
    .where(eq(schema.itemTags.itemId, itemId));
}

async function itemsOf(runtime: { database: { db: import('@mipas/db').Db } }, sourceId: string) {
  const rows = await runtime.database.db
    .select()
    .from(schema.items)
    .where(eq(schema.items.sourceId, sourceId));
  return new Map(rows.map((r) => [new URL(r.url!).pathname, r]));
}

async function runsOf(runtime: { database: { db: import('@mipas/db').Db } }, sourceId: string) {
  return runtime.database.db.select().from(schema.fetchRuns).where(eq(schema.fetchRuns.sourceId, sourceId));
}

describe.each(MODES)('article stage, %s mode', (mode: Mode) => {
  let runtime: Awaited<ReturnType<typeof openModeRuntime>>;
  let server: FixtureServer;
  const open: ServerResponse[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const pageRequests: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    const page = (status: number, body: string) => (path: string) =>
      server.set(path, (req, res) => {
        pageRequests.push(path);
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        res.on('close', () => inFlight--);
        // A little latency, so overlapping requests to the host would show.
        setTimeout(() => res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(body), 30);
        void req;
      });
    const origin = server.url('').replace(/\/$/, '');
    server.set('/feed', { body: feed(origin, [`${origin}${NO_MATCH}`, `${origin}${EMPTY}`]) });
    page(200, HOSTILE_PAGE)(GOOD);
    page(404, '<html><body><h1>Page not found</h1></body></html>')(MISSING);
    page(
      200,
      '<html><body><main class="node"><p>Standing corps officers ...</p></main></body></html>',
    )(NO_MATCH);
    page(
      200,
      '<html><body><div class="text-content"><script>alert(1)</script>' +
        '<iframe src="https://evil.example/"></iframe><style>p{}</style></div></body></html>',
    )(EMPTY);
    server.set(HANGING, (_req, res) => {
      pageRequests.push(HANGING);
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      res.on('close', () => inFlight--);
      open.push(res); // never answered: the fetch deadline cuts it
    });
    runtime = await openModeRuntime(mode, { MIPAS_FETCH_TIMEOUT_MS: String(TIMEOUT_MS) });
    await seedServedSource(runtime, frontex, server.url('/feed'));
  }, 120_000);
  afterAll(async () => {
    await runtime?.close();
    await server?.close();
  });

  it('stores the page text of the good page and keeps the feed text of the others, with warnings', async () => {
    const summary = await runFetchCycle(runtime, { timeoutMs: 60_000 });
    expect(summary).toMatchObject({
      itemsNew: 5,
      enriched: 5,
      articles: 1,
      articleFailures: 4,
      errors: 0,
    });
    const items = await itemsOf(runtime, 'frontex');
    expect(items.size).toBe(5);

    const good = items.get(GOOD)!;
    expect(good.contentText).toContain(PAGE_ONLY);
    expect(good.contentText).toContain('Europe must stay prepared');
    // Only the selected element: no navigation, share buttons or footer.
    expect(good.contentText).not.toMatch(/About Frontex|Share on|Plac Europejski/);
    expect(good.contentHtml).toContain(PAGE_ONLY);
    expect(good.contentHtml).not.toMatch(/<script|onerror|onclick|javascript:|stolen/i);
    // Links inside the body are resolved against the page.
    expect(good.contentHtml).toContain(`href="${server.url(RELEASES)}"`);

    // The countries named only on the page are tagged; the teaser names none.
    const tags = await tagsOf(runtime, good.id);
    const countries = tags.filter((t) => t.kind === 'country').map((t) => t.slug);
    expect(countries).toEqual(expect.arrayContaining(['LBY', 'BGD', 'EGY', 'MLI']));
    expect(good.language).toBe('en');
    expect(good.enrichedAt).not.toBeNull();

    for (const path of [MISSING, HANGING, NO_MATCH, EMPTY]) {
      const item = items.get(path)!;
      expect(item.contentText ?? item.summary).toBeTruthy();
      expect(item.contentText ?? '').not.toContain(PAGE_ONLY);
      expect(item.enrichedAt).not.toBeNull();
      expect(await tagsOf(runtime, item.id)).not.toContainEqual({ kind: 'country', slug: 'LBY' });
    }
    expect(items.get(MISSING)!.summary).toMatch(/^Detections of irregular border crossings/);

    const [run] = await runsOf(runtime, 'frontex');
    expect(run!.status).toBe('ok');
    expect(run!.runId).toBe(summary.runId);
    expect(run!.warnings).toHaveLength(4);
    const warning = (path: string) => run!.warnings.find((w) => w.includes(path)) ?? '';
    expect(warning(MISSING)).toMatch(/404/);
    expect(warning(HANGING)).toMatch(/TIMEOUT|deadline/i);
    expect(warning(NO_MATCH)).toMatch(/no element matches the article selector "\.text-content"/);
    expect(warning(EMPTY)).toMatch(/picks an element without text/);

    // One page at a time on the host, each page once.
    expect(mostInFlight).toBe(1);
    expect(pageRequests.sort()).toEqual([EMPTY, GOOD, HANGING, MISSING, NO_MATCH].sort());
  }, 90_000);

  it('leaves items of a source without article selectors to enrich as before, fetching no page', async () => {
    server.set('/plain', {
      body: feed(server.url('/plain-site').replace(/\/$/, ''), ['https://example.org/x']),
    });
    await addSource(runtime.database.db, { id: 'plain', name: 'Plain', url: server.url('/plain') });
    const before = pageRequests.length;
    const summary = await runFetchCycle(runtime, { sourceIds: ['plain'], timeoutMs: 60_000 });
    expect(summary).toMatchObject({ itemsNew: 4, enriched: 4, articles: 0, articleFailures: 0, errors: 0 });
    expect(pageRequests.length).toBe(before);
    const [run] = await runsOf(runtime, 'plain');
    expect(run!.warnings).toEqual([]);
    expect(run!.runId).toBe(summary.runId);
  }, 60_000);
});

describe('article pages per run', () => {
  let runtime: Awaited<ReturnType<typeof openModeRuntime>>;
  let server: FixtureServer;
  const pageRequests: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    const origin = server.url('').replace(/\/$/, '');
    server.set('/feed', { body: feed(origin, [`${origin}${GOOD}-again`]) });
    for (const path of [GOOD, MISSING, HANGING, `${GOOD}-again`])
      server.set(path, (_req, res) => {
        pageRequests.push(path);
        res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      });
    runtime = await openModeRuntime('embedded', { MIPAS_ARTICLE_PAGES_PER_RUN: '2' });
    await seedServedSource(runtime, frontex, server.url('/feed'));
  }, 120_000);
  afterAll(async () => {
    await runtime?.close();
    await server?.close();
  });

  it('fetches at most MIPAS_ARTICLE_PAGES_PER_RUN pages; the other items keep their feed text', async () => {
    const summary = await runFetchCycle(runtime, { timeoutMs: 60_000 });
    expect(summary).toMatchObject({ itemsNew: 4, enriched: 4, articles: 2, articleFailures: 0, errors: 0 });
    expect(pageRequests).toHaveLength(2);
    const items = [...(await itemsOf(runtime, 'frontex')).values()];
    expect(items.filter((i) => i.contentText?.includes(PAGE_ONLY))).toHaveLength(2);
    const [run] = await runsOf(runtime, 'frontex');
    expect(run!.warnings).toEqual([
      '2 of 4 new items keep their feed text: at most 2 article pages are fetched per run (MIPAS_ARTICLE_PAGES_PER_RUN)',
    ]);
  }, 60_000);
});

describe.each(MODES)('article stage refusing private addresses, %s mode', (mode: Mode) => {
  let runtime: Awaited<ReturnType<typeof openModeRuntime>>;
  let server: FixtureServer;
  const pageRequests: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    server.set(GOOD, (_req, res) => {
      pageRequests.push(GOOD);
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    });
    // The feed comes from a local mirror; its links point at loopback and at a cloud metadata address.
    const origin = server.url('').replace(/\/$/, '');
    server.set('/feed', { body: feed(origin, ['http://169.254.169.254/latest/meta-data/']) });
    runtime = await openModeRuntime(mode);
    const [row] = catalogueRows([{ ...frontex, endpoints: [{ url: server.url('/feed'), language: 'en' }] }]);
    await seedSources(runtime.database.db, [row!]);
    await runtime.transport.startWorkers(
      STAGES.filter((s) => s !== 'article'),
      runtime.handlers,
    );
    // The article worker runs with the production network policy: private addresses refused.
    const strict = createStageHandlers({
      db: runtime.database.db,
      config: { ...runtime.config, allowPrivateNetwork: false },
      log: runtime.log,
      inlineBodies: runtime.transport.kind === 'in-process',
    });
    await runtime.transport.startWorkers(['article'], strict);
  }, 120_000);
  afterAll(async () => {
    await runtime?.close();
    await server?.close();
  });

  it('refuses links to private addresses, keeping the feed text and recording a warning', async () => {
    const summary = await runFetchCycle(runtime, { timeoutMs: 60_000 });
    expect(summary).toMatchObject({ itemsNew: 4, enriched: 4, articles: 0, articleFailures: 4, errors: 0 });
    expect(pageRequests).toEqual([]);
    const items = await itemsOf(runtime, 'frontex');
    const good = items.get(GOOD)!;
    expect(good.contentText ?? '').not.toContain(PAGE_ONLY);
    expect(good.summary).toMatch(/^Preliminary data show/);
    expect(good.enrichedAt).not.toBeNull();
    const [run] = await runsOf(runtime, 'frontex');
    expect(run!.warnings).toHaveLength(4);
    for (const w of run!.warnings) expect(w).toMatch(/FORBIDDEN_ADDRESS/);
    expect(run!.warnings.some((w) => w.includes('169.254.169.254'))).toBe(true);
  }, 60_000);
});

describe('article stage in a `mipas worker article` process (server mode)', () => {
  let runtime: Awaited<ReturnType<typeof openModeRuntime>>;
  let server: FixtureServer;
  let worker: ReturnType<typeof spawnCli> | undefined;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.set(GOOD, (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
    const origin = server.url('').replace(/\/$/, '');
    server.set('/feed', { body: feed(origin, []) });
    runtime = await openModeRuntime('server');
    const [row] = catalogueRows([{ ...frontex, endpoints: [{ url: server.url('/feed'), language: 'en' }] }]);
    await seedSources(runtime.database.db, [row!]);
    // This process runs every stage but the article stage; only the worker process can.
    await runtime.transport.startWorkers(
      STAGES.filter((s) => s !== 'article'),
      runtime.handlers,
    );
    const child = spawnCli(['worker', 'article'], { ...runtime.modeEnv.env, MIPAS_LOG_LEVEL: 'info' });
    worker = child;
    await eventually(() => expect(child.output()).toMatch(/worker started.*stages=article/), 90_000, 250);
  }, 150_000);
  afterAll(async () => {
    if (worker) await stopCli(worker);
    await runtime?.close();
    await server?.close();
  });

  it('stores the page text through the article queue', async () => {
    const summary = await runFetchCycle(runtime, { timeoutMs: 60_000 });
    expect(summary).toMatchObject({ itemsNew: 3, enriched: 3, articles: 1, articleFailures: 2, errors: 0 });
    const items = await itemsOf(runtime, 'frontex');
    expect(items.get(GOOD)!.contentText).toContain(PAGE_ONLY);
    const tags = await tagsOf(runtime, items.get(GOOD)!.id);
    expect(tags).toContainEqual({ kind: 'country', slug: 'LBY' });
  }, 90_000);
});

describe('article texts and curators', () => {
  it('does not write over an item a curator has edited', async () => {
    const database = await openTestDatabase('pglite');
    try {
      const db = database.db;
      await addSource(db, { id: 's', name: 'S', url: 'https://example.org/feed' });
      const base = { sourceId: 's', title: 't', publishedAt: new Date(), contentText: 'teaser' };
      await insertItems(db, [
        { ...base, key: 'a' },
        { ...base, key: 'b' },
      ]);
      const rows = await db.select().from(schema.items).orderBy(schema.items.id);
      const [a, b] = rows as [(typeof rows)[0], (typeof rows)[0]];
      // A curator's edit bumps the version.
      await db.update(schema.items).set({ version: 2 }).where(eq(schema.items.id, b.id));
      const saved = await saveArticleTexts(db, [
        { itemId: a.id, contentHtml: '<p>full a</p>', contentText: 'full a' },
        { itemId: b.id, contentHtml: '<p>full b</p>', contentText: 'full b' },
      ]);
      expect([...saved]).toEqual([a.id]);
      expect((await getItem(db, a.id))?.contentText).toBe('full a');
      expect((await getItem(db, b.id))?.contentText).toBe('teaser');
    } finally {
      await database.drop();
    }
  }, 60_000);
});
