// The generic listing reader that parseListing falls back on when a source's item selector
// matches nothing: the catalogue's HTML fixtures read without their selectors, pages that are
// not listings, and a hostile page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListingSelectors } from '@mipas/core';
import { describe, expect, it } from 'vitest';
import { MAX_ITEMS_PER_FEED } from '../src/limits';
import { parseDocument } from '../src/parse';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'sources', 'fixtures');
const now = new Date('2026-11-23T00:00:00Z');
/** Matches nothing on any of the pages, as after a redesign. */
const WRONG: ListingSelectors = { item: '.no-such-row', title: 'h3', link: 'a' };

interface Expected {
  items: Array<{ title: string; url: string; summaryPrefix: string | null }>;
}

async function read(
  html: string | Uint8Array,
  listing: ListingSelectors,
  baseUrl = 'https://news.example/list',
) {
  const bytes = typeof html === 'string' ? new TextEncoder().encode(html) : html;
  return parseDocument(bytes, { baseUrl, listing, now, kind: 'html' });
}

function readFixture(id: string): { bytes: Uint8Array; expected: Expected } {
  return {
    bytes: new Uint8Array(readFileSync(join(FIXTURES, `${id}.html`))),
    expected: JSON.parse(readFileSync(join(FIXTURES, `${id}.expected.json`), 'utf8')) as Expected,
  };
}

describe('generic listing reader on the catalogue fixtures, with an item selector that matches nothing', () => {
  // The page's address (the source's endpoint), and the dates the generic reader finds: a
  // `time[datetime]` where the row has one (so 12:00 UTC, where the source's selectors read the
  // day from the text), else the date written in the row.
  const cases = [
    {
      id: 'euaa',
      url: 'https://euaa.europa.eu/news-events/press-releases',
      dates: ['2026-03-26T12:00:00.000Z', '2025-09-08T10:00:00.000Z', '2022-06-23T10:00:00.000Z'],
    },
    {
      id: 'ewsi',
      url: 'https://migrant-integration.ec.europa.eu/news_en',
      dates: ['2025-11-12T12:00:00.000Z', '2025-11-05T12:00:00.000Z', '2025-10-29T12:00:00.000Z'],
    },
    {
      id: 'emn',
      url: 'https://home-affairs.ec.europa.eu/networks/european-migration-network-emn/emn-news_en',
      dates: ['2026-01-30T12:00:00.000Z', '2025-06-17T12:00:00.000Z', '2025-05-22T12:00:00.000Z'],
    },
    {
      id: 'coe',
      url: 'https://www.coe.int/en/web/portal/newsroom',
      dates: ['2024-05-17T00:00:00.000Z', '2022-09-16T00:00:00.000Z', '2025-03-20T00:00:00.000Z'],
    },
    {
      id: 'unhcr-data-portal',
      url: 'https://data2.unhcr.org/en/search?type=document&sort=publishDate&direction=desc',
      // "Publish date: 20 April 2022" in the row's date element, not "March 31, 2022" in its text.
      dates: Array(4).fill('2022-04-20T00:00:00.000Z'),
    },
  ];

  for (const { id, url, dates } of cases) {
    it(`${id}: the expected titles and links, with a warning`, async () => {
      const { bytes, expected } = readFixture(id);
      const feed = await read(bytes, WRONG, url);
      const count = expected.items.length;
      expect(feed.warnings).toContain(
        `item selector ".no-such-row" matched nothing; ${count} items read by the generic listing reader (check the source's selectors)`,
      );
      expect(feed.items.map((i) => [i.title, i.url])).toEqual(expected.items.map((i) => [i.title, i.url]));
      expect(feed.items.map((i) => i.publishedAt?.toISOString())).toEqual(dates);
    });
  }

  it('reads the summaries the selectors read, except on the UNHCR page (no paragraph there)', async () => {
    for (const { id, url } of cases) {
      const { bytes, expected } = readFixture(id);
      const feed = await read(bytes, WRONG, url);
      const summaries = feed.items.map((i) => i.summary?.slice(0, 60) ?? null);
      if (id === 'unhcr-data-portal') expect(summaries).toEqual([null, null, null, null]);
      else expect(summaries, id).toEqual(expected.items.map((i) => i.summaryPrefix));
    }
  });
});

describe('generic listing reader', () => {
  it('also reads the page when the rows matched hold no title and link', async () => {
    const { bytes, expected } = readFixture('coe');
    const feed = await read(bytes, { item: '.asset-abstract', title: '.gone', link: '.gone a' });
    expect(feed.warnings[0]).toBe(
      `item selector ".asset-abstract" matched 3 element(s), none with both a title and a link; 3 items read by the generic listing reader (check the source's selectors)`,
    );
    expect(feed.items.map((i) => i.title)).toEqual(expected.items.map((i) => i.title));
  });

  it('takes a heading inside its link, skips menus and asides, and ignores per-row classes', async () => {
    const row = (n: number) => `<div class="views-row views-row-${n} views-row-${n % 2 ? 'odd' : 'even'}">
      <a href="/story/${n}"><h2>Story ${n}</h2></a>
      <p class="meta">Posted 0${n} March 2025</p>
      <p>Lead of story ${n} &amp; more.</p>
      <p><a href="/story/${n}">Read more</a></p></div>`;
    const menu = (tag: string) =>
      `<${tag}><ul>${[1, 2, 3, 4, 5].map((n) => `<li><h3><a href="/m${n}">Menu ${n}</a></h3></li>`).join('')}</ul></${tag}>`;
    const page = `<html><body>${menu('nav')}${menu('aside')}<ul class="main-menu">${[1, 2, 3, 4]
      .map((n) => `<li class="menu-item"><h4><a href="/x${n}">X ${n}</a></h4></li>`)
      .join('')}</ul><main>${[1, 2, 3].map(row).join('')}</main>${menu('footer')}</body></html>`;
    const feed = await read(page, WRONG);
    expect(feed.items.map((i) => [i.title, i.url, i.summary])).toEqual([
      ['Story 1', 'https://news.example/story/1', 'Lead of story 1 & more.'],
      ['Story 2', 'https://news.example/story/2', 'Lead of story 2 & more.'],
      ['Story 3', 'https://news.example/story/3', 'Lead of story 3 & more.'],
    ]);
    expect(feed.items[1]?.publishedAt?.toISOString()).toBe('2025-03-02T00:00:00.000Z');
  });

  it('keeps the header of an article, where its headline is', async () => {
    const rows = [1, 2, 3]
      .map(
        (n) =>
          `<article><header><h2><a href="/a/${n}"><span>Headline</span> ${n}</a></h2></header><p>Text ${n}.</p></article>`,
      )
      .join('');
    const feed = await read(`<html><body><header><h1>Site</h1></header>${rows}</body></html>`, WRONG);
    expect(feed.items.map((i) => i.title)).toEqual(['Headline 1', 'Headline 2', 'Headline 3']);
  });

  it('gives the clear error for a page of navigation links only', async () => {
    const links = (n: number) =>
      Array.from({ length: n }, (_, i) => `<li><h3><a href="/p${i}">Page ${i}</a></h3></li>`).join('');
    const page = `<html><body><header><ul>${links(6)}</ul></header><nav><ul>${links(8)}</ul></nav>
      <div role="navigation"><ul>${links(5)}</ul></div><ul class="breadcrumb">${links(3)}</ul>
      <ul><li><a href="/a">About</a></li><li><a href="/b">Contact</a></li><li><a href="/c">Jobs</a></li></ul>
      <footer><ul>${links(7)}</ul></footer></body></html>`;
    await expect(read(page, WRONG)).rejects.toMatchObject({
      name: 'ParseError',
      code: 'NOT_A_FEED',
      message:
        'no element matches the item selector ".no-such-row", and the generic listing reader found no list of headline links',
    });
  });

  it('needs at least three rows', async () => {
    const rows = [1, 2]
      .map((n) => `<article><h2><a href="/a/${n}">Headline ${n}</a></h2></article>`)
      .join('');
    await expect(read(`<html><body>${rows}</body></html>`, WRONG)).rejects.toMatchObject({
      name: 'ParseError',
    });
  });

  it('completes on a hostile page: 100,000 nested elements and 50,000 links', {
    timeout: 60_000,
  }, async () => {
    const depth = 100_000;
    const nested = `${'<div class="item">'.repeat(depth)}<h3><a href="/deep">Deep</a></h3>${'</div>'.repeat(depth)}`;
    const links = Array.from(
      { length: 50_000 },
      (_, i) => `<li><h3><a href="/n/${i}">Story ${i}</a></h3></li>`,
    );
    const feed = await read(`<html><body>${nested}<ul>${links.join('')}</ul></body></html>`, WRONG);
    expect(feed.warnings).toContain('elements nested more than 256 deep were flattened before reading');
    expect(feed.items).toHaveLength(MAX_ITEMS_PER_FEED);
    expect(feed.items[0]).toMatchObject({ title: 'Story 0', url: 'https://news.example/n/0' });
    // Only links, no headings: no listing, and the clear error rather than a stack overflow.
    const plain = Array.from({ length: 50_000 }, (_, i) => `<a href="/n/${i}">Story ${i}</a>`).join('');
    await expect(
      read(`<html><body>${'<div>'.repeat(depth)}${plain}${'</div>'.repeat(depth)}</body></html>`, WRONG),
    ).rejects.toMatchObject({ name: 'ParseError', code: 'NOT_A_FEED' });
  });
});
