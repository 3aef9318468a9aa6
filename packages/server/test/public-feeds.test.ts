// Feeds: every format parsed by two independent parsers, checked against the approved items;
// filters through query parameters; validators and 304; hostile text stays inert.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openModeRuntime } from '../../../test/support/modes';
import { seedItems, seedSources } from '../../publish/test/seed';
import { buildServer } from '../src/app';

const HOSTILE_TITLE = 'Alert <script>alert(1)</script> & "quotes" \u0001\u0008\u001b\uFFFE ]]> end';
const HOSTILE_SUMMARY = '<img src=x onerror=alert(2)>Body \u000b with </description> and <![CDATA[ x ]]>';

type Runtime = Awaited<ReturnType<typeof openModeRuntime>>;
let runtime: Runtime;
let app: Awaited<ReturnType<typeof buildServer>>;
let approved: number[];
let rejected: number[];

const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 9, 30));

beforeAll(async () => {
  runtime = await openModeRuntime('embedded', {
    MIPAS_PUBLIC_URL: 'https://mipas.example',
    MIPAS_PUBLIC_CACHE_SECONDS: '0',
  });
  const db = runtime.database.db;
  await seedSources(db);
  approved = await seedItems(db, [
    {
      title: 'Prieglobsčio prašymų daugėja',
      publishedAt: day(1),
      topics: ['asylum'],
      countries: ['lt'],
      titles: { en: 'Asylum applications rise' },
    },
    {
      title: 'Returns to Poland',
      language: 'en',
      sourceId: 'unhcr',
      publishedAt: day(2),
      topics: ['return'],
      countries: ['pl'],
    },
    {
      title: HOSTILE_TITLE,
      summary: HOSTILE_SUMMARY,
      language: 'en',
      sourceId: 'unhcr',
      publishedAt: day(3),
      topics: ['asylum'],
    },
    {
      title: 'Интеграция беженцев',
      language: 'ru',
      publishedAt: day(4),
      topics: ['integration'],
      countries: ['lt'],
    },
  ]);
  rejected = await seedItems(db, [
    { title: 'Rejected item', status: 'rejected', publishedAt: day(5), topics: ['asylum'] },
  ]);
  app = await buildServer(runtime);
}, 120_000);

afterAll(async () => {
  await app?.close();
  await runtime?.close();
});

const itemLink = (lang: string, id: number) => `https://mipas.example/${lang}/items/${id}`;
const newestFirst = () => [...approved].reverse();
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

async function get(url: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'GET', url, headers });
}

describe('RSS 2.0', () => {
  it('lists the approved items, newest first, readable by rss-parser and fast-xml-parser', async () => {
    const res = await get('/en/feed.rss');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/rss+xml');
    expect(XMLValidator.validate(res.body)).toBe(true);
    const feed = await new Parser().parseString(res.body);
    expect(feed.items.map((i) => i.link)).toEqual(newestFirst().map((id) => itemLink('en', id)));
    expect(feed.items.map((i) => new Date(i.pubDate!).getTime())).toEqual(
      [day(4), day(3), day(2), day(1)].map((d) => d.getTime()),
    );
    expect(feed.items.at(-1)!.title).toBe('Asylum applications rise');
    const doc = xml.parse(res.body);
    const items = asArray(doc.rss.channel.item) as Array<{ guid: { '#text': string }; pubDate: string }>;
    expect(items.map((i) => i.guid['#text'])).toEqual(newestFirst().map((id) => itemLink('en', id)));
    expect(res.body).not.toContain(String(`/items/${rejected[0]}<`));
  });
});

describe('Atom 1.0', () => {
  it('carries the same entries, ids and dates', async () => {
    const res = await get('/lt/feed.atom');
    expect(XMLValidator.validate(res.body)).toBe(true);
    const feed = await new Parser().parseString(res.body);
    expect(feed.items.map((i) => i.link)).toEqual(newestFirst().map((id) => itemLink('lt', id)));
    const doc = xml.parse(res.body);
    const entries = asArray(doc.feed.entry) as Array<{
      id: string;
      published: string;
      link: Array<{ '@rel': string; '@href': string }>;
    }>;
    expect(entries.map((e) => e.id)).toEqual(newestFirst().map((id) => itemLink('lt', id)));
    expect(entries.map((e) => new Date(e.published).getTime())).toEqual(
      [day(4), day(3), day(2), day(1)].map((d) => d.getTime()),
    );
    expect(
      entries.every((e) =>
        asArray(e.link).some(
          (l) => l['@rel'] === 'related' && l['@href'].startsWith('https://news.example/'),
        ),
      ),
    ).toBe(true);
  });
});

describe('JSON Feed 1.1', () => {
  it('parses with JSON.parse and lists the same items', async () => {
    const res = await get('/ru/feed.json');
    expect(res.headers['content-type']).toContain('application/feed+json');
    const feed = JSON.parse(res.body) as {
      version: string;
      items: Array<{ id: string; url: string; date_published: string; title: string }>;
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i) => i.url)).toEqual(newestFirst().map((id) => itemLink('ru', id)));
    expect(feed.items.map((i) => Date.parse(i.date_published))).toEqual(
      [day(4), day(3), day(2), day(1)].map((d) => d.getTime()),
    );
  });
});

describe('filters', () => {
  it('combine kinds with AND and values with OR', async () => {
    const topic = JSON.parse((await get('/en/feed.json?topic=asylum')).body).items.map(
      (i: { url: string }) => i.url,
    );
    expect(topic).toEqual([itemLink('en', approved[2]!), itemLink('en', approved[0]!)]);
    const both = JSON.parse((await get('/en/feed.json?topic=asylum&language=lt')).body).items;
    expect(both.map((i: { url: string }) => i.url)).toEqual([itemLink('en', approved[0]!)]);
    const country = JSON.parse((await get('/en/feed.json?country=lt,pl')).body).items;
    expect(country).toHaveLength(3);
    const source = await new Parser().parseString((await get('/en/feed.atom?source=unhcr')).body);
    expect(source.items.map((i) => i.link)).toEqual([
      itemLink('en', approved[2]!),
      itemLink('en', approved[1]!),
    ]);
  });
});

describe('hostile text', () => {
  it('leaves every feed well-formed with the control characters gone and markup escaped', async () => {
    for (const format of ['rss', 'atom']) {
      const body = (await get(`/en/feed.${format}`)).body;
      expect(XMLValidator.validate(body)).toBe(true);
      expect(body).not.toMatch(/[\u0001\u0008\u000b\u001b\uFFFE]/);
      expect(body).not.toContain('<script');
      expect(body).not.toContain('<img');
      const feed = await new Parser().parseString(body);
      expect(feed.items.find((i) => i.link === itemLink('en', approved[2]!))!.title).toBe(
        'Alert <script>alert(1)</script> & "quotes"  ]]> end',
      );
    }
    const json = (await get('/en/feed.json')).body;
    expect(json).not.toMatch(/[\u0001\u0008\u000b\u001b\uFFFE]/);
    expect(JSON.parse(json).items[1].title).toBe('Alert <script>alert(1)</script> & "quotes"  ]]> end');
  });

  it('keeps every page free of script', async () => {
    const pages = [
      '/en/',
      '/lt/',
      '/ru/',
      `/en/items/${approved[2]}`,
      '/en/topics/asylum',
      '/en/sources/unhcr',
      '/en/languages/en',
      '/en/countries/lt',
      '/en/editions',
      '/en/subscribe',
    ];
    for (const url of pages) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toMatch(/<script|<img|onerror=/i);
      expect(res.body).not.toMatch(/[\u0001\u0008\u001b]/);
    }
  });
});

describe('validators', () => {
  it('answers 304 to a matching ETag or Last-Modified, with Cache-Control', async () => {
    const first = await get('/en/feed.rss?topic=asylum');
    expect(first.headers['cache-control']).toMatch(/max-age=\d+/);
    const etag = String(first.headers.etag);
    expect((await get('/en/feed.rss?topic=asylum', { 'if-none-match': etag })).statusCode).toBe(304);
    expect((await get('/en/feed.rss?topic=asylum', { 'if-none-match': '"other"' })).statusCode).toBe(200);
    const since = String(first.headers['last-modified']);
    expect(new Date(since).getTime()).toBeGreaterThanOrEqual(Math.floor(day(3).getTime() / 1000) * 1000);
    expect((await get('/en/feed.rss?topic=asylum', { 'if-modified-since': since })).statusCode).toBe(304);
    expect(
      (await get('/en/feed.rss?topic=asylum', { 'if-modified-since': day(2).toUTCString() })).statusCode,
    ).toBe(200);
  });
});

describe('discovery', () => {
  it('lists feeds in /feeds.opml and pages in /sitemap.xml', async () => {
    const opml = (await get('/feeds.opml')).body;
    expect(XMLValidator.validate(opml)).toBe(true);
    expect(opml).toContain('xmlUrl="https://mipas.example/en/feed.atom?topic=asylum"');
    expect(opml).toContain('xmlUrl="https://mipas.example/ru/feed.json?source=unhcr"');
    const sitemap = (await get('/sitemap.xml')).body;
    expect(XMLValidator.validate(sitemap)).toBe(true);
    expect(sitemap).toContain(`<loc>${itemLink('lt', approved[0]!)}</loc>`);
    expect(sitemap).not.toContain(`/items/${rejected[0]}<`);
  });

  it('links each page to its feeds and its other languages', async () => {
    const body = (await get('/en/topics/asylum')).body;
    expect(body).toContain(
      '<link rel="alternate" type="application/rss+xml" title="RSS" href="https://mipas.example/en/feed.rss?topic=asylum">',
    );
    expect(body).toContain(
      '<link rel="alternate" hreflang="lt" href="https://mipas.example/lt/topics/asylum">',
    );
    expect(body).toContain('<link rel="canonical" href="https://mipas.example/en/topics/asylum">');
    expect(body).toContain('<meta property="og:title" content="Asylum">');
  });
});
