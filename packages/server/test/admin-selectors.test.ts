// Selector editing of html sources with a live preview, against a local listing page: the page
// is fetched once however often the selectors change, misses come back as warnings, an article
// selector is tried on the first item's page, saving is audited, and the network policy holds.
import { loadConfig } from '@mipas/core';
import { schema } from '@mipas/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../../test/support/http';
import { MODES } from '../../../test/support/modes';
import { PageCache } from '../src/admin/page-cache';
import { type AdminFixture, addAccount, type Client, logInClient, openAdminFixture } from './admin-fixtures';

const HOSTILE = '<img src=x onerror=alert(1)>';

function listingPage(): string {
  const rows = [1, 2, 3]
    .map(
      (n) => `<li class="news">
        <a class="headline" href="/news/${n}">${n === 3 ? '&lt;img src=x onerror=alert(1)&gt;' : `Border news ${n}`}</a>
        <time datetime="2026-11-0${n}T10:00:00Z">${n} November 2026</time>
        <p class="lead">Lead of story ${n}</p>
      </li>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><title>News</title></head><body><ul>${rows}</ul></body></html>`;
}

const ARTICLE = `<!doctype html><html><body><h1>Border news 1</h1>
  <div class="body"><p>The full text of the first story.</p><aside class="share">Share</aside></div></body></html>`;

const GOOD = {
  item: 'li.news',
  title: '.headline',
  link: 'a',
  date: 'time',
  dateAttribute: 'datetime',
  summary: '.lead',
};

describe.each(MODES)('html source selectors with live preview (%s)', (mode) => {
  let f: AdminFixture;
  let admin: Client;
  let curator: Client;
  let site: FixtureServer;
  const listingHits = () => site.requests.filter((r) => r.path === '/news').length;

  beforeAll(async () => {
    site = await startFixtureServer({
      '/news': { body: listingPage(), contentType: 'text/html; charset=utf-8' },
      '/news/1': { body: ARTICLE, contentType: 'text/html; charset=utf-8' },
      '/feed.xml': { body: '<rss version="2.0"><channel><title>x</title></channel></rss>' },
    });
    f = await openAdminFixture(mode);
    await addAccount(f.db, 'admin@example.org', 'admin');
    await addAccount(f.db, 'curator@example.org', 'curator');
    await f.db.insert(schema.sources).values([
      {
        id: 'listing',
        name: 'Listing page',
        url: site.url('/news'),
        kind: 'html',
        settings: { listing: { item: 'li.news', title: '.headline', link: 'a' } },
      },
      { id: 'a-feed', name: 'A feed', url: site.url('/feed.xml'), kind: 'rss' },
    ]);
    admin = await logInClient(f.app, 'admin@example.org');
    curator = await logInClient(f.app, 'curator@example.org');
  }, 300_000);
  afterAll(async () => {
    await f?.close();
    await site?.close();
  });

  const preview = (body: unknown, client = admin) =>
    client.request('POST', '/api/admin/sources/listing/preview', body);

  it('previews the items the selectors read, fetching the page once while they change', async () => {
    const first = await preview({ selectors: GOOD });
    expect(first.statusCode).toBe(200);
    const r = first.json();
    expect(r).toMatchObject({ cached: false, error: null, total: 3, final_url: site.url('/news') });
    expect(r.items.map((i: { title: string }) => i.title)).toEqual([
      'Border news 1',
      'Border news 2',
      HOSTILE,
    ]);
    expect(r.items[0]).toMatchObject({
      url: site.url('/news/1'),
      published_at: '2026-11-01T10:00:00.000Z',
      summary: 'Lead of story 1',
    });
    expect(r.warnings).toEqual([]);

    // Typing on: no date selector, then a link selector that misses. Still one fetch.
    const noDate = (await preview({ selectors: { item: 'li.news', title: '.headline', link: 'a' } })).json();
    expect(noDate.cached).toBe(true);
    expect(noDate.items.every((i: { published_at: string | null }) => i.published_at === null)).toBe(true);
    expect(noDate.warnings).toContain('no date selector: every item takes the time it was fetched');
    const badLink = (await preview({ selectors: { ...GOOD, link: '.nothing-here' } })).json();
    expect(badLink.warnings.join(' ')).toMatch(/3 of 3 items have no link/);
    const badDate = (
      await preview({ selectors: { ...GOOD, date: '.lead', dateAttribute: undefined } })
    ).json();
    expect(badDate.warnings.join(' ')).toMatch(/3 of 3 items have no readable date/);
    const none = (await preview({ selectors: { ...GOOD, item: 'article.missing' } })).json();
    expect(none.items).toEqual([]);
    expect(none.error).toMatch(/no element matches the item selector "article.missing"/);
    expect(listingHits()).toBe(1);
  });

  it('tries the article selector on the first item and reports one that matches nothing', async () => {
    const r = (await preview({ selectors: GOOD, article: { content: '.body', remove: ['.share'] } })).json();
    expect(r.article).toMatchObject({ url: site.url('/news/1'), title: 'Border news 1' });
    expect(r.article.text).toContain('The full text of the first story.');
    expect(r.article.text).not.toContain('Share');
    const miss = (await preview({ selectors: GOOD, article: { content: '.no-body' } })).json();
    expect(miss.article).toBeNull();
    expect(miss.warnings.join(' ')).toMatch(/no element matches the article selector ".no-body"/);
    expect(site.requests.filter((q) => q.path === '/news/1')).toHaveLength(1);
  });

  it('saves the selectors and the article selector, audited with what was there before', async () => {
    const saved = await admin.request('PATCH', '/api/admin/sources/listing', {
      selectors: GOOD,
      article: { content: '.body' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().source).toMatchObject({ selectors: GOOD, article: { content: '.body' } });
    const listed = (await admin.request('GET', '/api/admin/sources')).json().sources;
    expect(listed.find((s: { id: string }) => s.id === 'listing')).toMatchObject({ selectors: GOOD });
    const [entry] = (await admin.request('GET', '/api/admin/audit?action=source.update')).json().entries;
    expect(entry).toMatchObject({
      actor: 'admin@example.org',
      entity_id: 'listing',
      before: { selectors: { item: 'li.news', title: '.headline', link: 'a' }, article: null },
      after: { selectors: GOOD, article: { content: '.body' } },
    });
    const cleared = await admin.request('PATCH', '/api/admin/sources/listing', { article: null });
    expect(cleared.json().source.article).toBeNull();
  });

  it('is for admins, for html sources, and validates the selectors', async () => {
    expect((await preview({ selectors: GOOD }, curator)).statusCode).toBe(403);
    const noCsrf = await f.app.inject({
      method: 'POST',
      url: '/api/admin/sources/listing/preview',
      payload: { selectors: GOOD },
      headers: { cookie: admin.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    const anonymous = await f.app.inject({
      method: 'POST',
      url: '/api/admin/sources/listing/preview',
      payload: { selectors: GOOD },
    });
    expect(anonymous.statusCode).toBe(401);
    const feed = await admin.request('POST', '/api/admin/sources/a-feed/preview', { selectors: GOOD });
    expect(feed.statusCode).toBe(409);
    expect(feed.json().code).toBe('NOT_HTML');
    expect((await admin.request('PATCH', '/api/admin/sources/a-feed', { selectors: GOOD })).json().code).toBe(
      'NOT_HTML',
    );
    expect(
      (await admin.request('POST', '/api/admin/sources/nope/preview', { selectors: GOOD })).statusCode,
    ).toBe(404);
    expect((await preview({ selectors: { item: 'li' } })).statusCode).toBe(400);
    expect((await preview({ selectors: { ...GOOD, item: '' } })).statusCode).toBe(400);
    expect((await preview({ selectors: GOOD, extra: 1 })).statusCode).toBe(400);
  });
});

describe('source previews and the network policy', () => {
  let f: AdminFixture;
  let site: FixtureServer;

  beforeAll(async () => {
    site = await startFixtureServer({ '/news': { body: listingPage(), contentType: 'text/html' } });
    f = await openAdminFixture('embedded', { MIPAS_ALLOW_PRIVATE_NETWORK: '0' });
    await addAccount(f.db, 'admin@example.org', 'admin');
    await f.db
      .insert(schema.sources)
      .values({ id: 'inside', name: 'Inside', url: site.url('/news'), kind: 'html', settings: {} });
  }, 300_000);
  afterAll(async () => {
    await f?.close();
    await site?.close();
  });

  it('refuses to fetch a loopback address for a preview unless private networks are allowed', async () => {
    const admin = await logInClient(f.app, 'admin@example.org');
    const live = await admin.request('POST', '/api/admin/sources/inside/preview', { selectors: GOOD });
    expect(live.statusCode).toBe(422);
    expect(live.json().code).toBe('FETCH_FAILED');
    const byUrl = await admin.request('POST', '/api/admin/sources/preview', { url: site.url('/news') });
    expect(byUrl.statusCode).toBe(422);
    expect(site.requests).toHaveLength(0);
  });
});

describe('page cache of the previews', () => {
  it('keeps a page for a minute, then fetches it again; a failed fetch is not kept', async () => {
    let fail = true;
    const site = await startFixtureServer({ '/p': { body: 'page', contentType: 'text/html' } });
    site.set('/flaky', (_req, res) => {
      res.writeHead(fail ? 503 : 200, { 'content-type': 'text/html' }).end('flaky');
    });
    try {
      const cache = new PageCache(loadConfig({ MIPAS_ALLOW_PRIVATE_NETWORK: '1' }));
      const t0 = 1_000_000;
      expect((await cache.get(site.url('/p'), { respectRobots: false }, t0)).cached).toBe(false);
      expect((await cache.get(site.url('/p'), { respectRobots: false }, t0 + 59_000)).cached).toBe(true);
      expect((await cache.get(site.url('/p'), { respectRobots: false }, t0 + 60_000)).cached).toBe(false);
      expect(site.requests.filter((r) => r.path === '/p')).toHaveLength(2);
      await expect(cache.get(site.url('/flaky'), { respectRobots: false }, t0)).rejects.toThrow();
      fail = false;
      const again = await cache.get(site.url('/flaky'), { respectRobots: false }, t0 + 1000);
      expect(again.cached).toBe(false);
      expect(Buffer.from(again.page.body).toString()).toBe('flaky');
      // Past the byte budget the oldest pages go, the one just fetched stays.
      const small = new PageCache(loadConfig({ MIPAS_ALLOW_PRIVATE_NETWORK: '1' }), 60_000, 6);
      await small.get(site.url('/p'), { respectRobots: false }, t0);
      expect(small.size).toBe(1);
      await small.get(site.url('/flaky'), { respectRobots: false }, t0);
      expect(small.size).toBe(1);
      expect((await small.get(site.url('/flaky'), { respectRobots: false }, t0)).cached).toBe(true);
    } finally {
      await site.close();
    }
  });
});
