import type { ListingSelectors } from '@mipas/core';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/article';
import { parseDocument } from '../src/parse';
import { readTestdata } from '../testdata/read';

const now = new Date('2022-04-22T00:00:00Z');
const UNHCR: ListingSelectors = {
  item: 'li.searchResultItem',
  title: '.searchResultItem_title a',
  link: '.searchResultItem_title a',
  date: '.searchResultItem_date b',
  summary: '.searchResultItem_body',
};

async function readPage(html: string, listing: ListingSelectors, baseUrl = 'https://news.example/list') {
  return parseDocument(new TextEncoder().encode(html), { baseUrl, listing, now, kind: 'html' });
}

describe('HTML listing', () => {
  it('reads the UNHCR document search page', async () => {
    const feed = await parseDocument(readTestdata('pages/unhcr-data2-documents-search-p1.html'), {
      baseUrl: 'https://data2.unhcr.org/en/search?type=document',
      listing: UNHCR,
      now,
    });
    expect(feed.declaredLanguage).toBe('en');
    expect(feed.items).toHaveLength(4);
    expect(feed.items[0]).toMatchObject({
      title: 'UNHCR - Pakistan Overview of Refugee and Asylum-Seekers Population as of March 31, 2022',
      url: 'https://data2.unhcr.org/en/documents/details/92127',
      dateFlag: 'ok',
      summary: 'UNHCR - Pakistan Overview of Refugee and Asylum-Seekers Population as of March 31, 2022',
    });
    expect(feed.items[0]?.publishedAt?.toISOString()).toBe('2022-04-20T00:00:00.000Z');
    for (const item of feed.items)
      expect(item.url).toMatch(/^https:\/\/data2\.unhcr\.org\/en\/documents\/details\/\d+$/);
  });

  it('reads the second UNHCR page, where two rows share one link (edited upstream)', async () => {
    const feed = await parseDocument(readTestdata('pages/unhcr-data2-documents-search-p2.html'), {
      baseUrl: 'https://data2.unhcr.org/en/search?page=2',
      listing: UNHCR,
      now,
    });
    expect(feed.items).toHaveLength(4);
    expect(feed.items.filter((i) => i.url?.endsWith('/92134'))).toHaveLength(2);
  });

  it('resolves relative links, reads a date attribute and keeps title text literal', async () => {
    const feed = await readPage(
      `<html lang="lt"><head><title>Naujienos</title></head><body>
<article><h3><a href="/n/1">Tom &amp;amp; Jerry</a></h3><time datetime="2022-04-20T10:00:00+03:00">vakar</time></article>
<article><h3><a href="n/2">Antra</a></h3></article></body></html>`,
      { item: 'article', title: 'h3', link: 'a', date: 'time', dateAttribute: 'datetime' },
      'https://migracija.example/lt/naujienos/',
    );
    expect(feed.title).toBe('Naujienos');
    expect(feed.items.map((i) => [i.title, i.url])).toEqual([
      ['Tom &amp; Jerry', 'https://migracija.example/n/1'],
      ['Antra', 'https://migracija.example/lt/naujienos/n/2'],
    ]);
    expect(feed.items[0]?.publishedAt?.toISOString()).toBe('2022-04-20T07:00:00.000Z');
  });

  it('never invents a date for a row without one', async () => {
    const feed = await readPage('<ul><li><a href="/a">A</a></li></ul>', {
      item: 'li',
      title: 'a',
      link: 'a',
      date: '.date',
    });
    expect(feed.items[0]).toMatchObject({ publishedAt: null, dateFlag: 'missing' });
  });

  it('takes the link from the row itself when the row is the anchor', async () => {
    const feed = await readPage('<div><a class="row" href="/x">X</a></div>', {
      item: 'a.row',
      title: 'a.row',
      link: 'a.row',
    });
    expect(feed.items.map((i) => [i.title, i.url])).toEqual([['X', 'https://news.example/x']]);
    const self = await readPage('<div><a class="row" href="/x"><span>X</span></a></div>', {
      item: 'a.row',
      title: 'span',
      link: 'a',
    });
    expect(self.items[0]?.url).toBe('https://news.example/x');
  });

  it('skips a row with neither title nor link and warns', async () => {
    const feed = await readPage('<ul><li></li><li><a href="/b">B</a></li></ul>', {
      item: 'li',
      title: 'a',
      link: 'a',
    });
    expect(feed.items.map((i) => i.title)).toEqual(['B']);
    expect(feed.warnings).toContain('item 1: neither title nor link; skipped');
  });

  it('throws ParseError when the item selector matches nothing and the page holds no listing', async () => {
    await expect(
      readPage('<p>redesigned</p>', { item: '.gone', title: 'a', link: 'a' }),
    ).rejects.toMatchObject({
      name: 'ParseError',
      message:
        'no element matches the item selector ".gone", and the generic listing reader found no list of headline links',
    });
  });

  it('reads the page with the generic listing reader when the item selector matches nothing', async () => {
    const rows = [1, 2, 3].map((n) => `<li class="teaser"><h3><a href="/n/${n}">Story ${n}</a></h3></li>`);
    const feed = await readPage(`<ul>${rows.join('')}</ul>`, { item: '.gone', title: 'a', link: 'a' });
    expect(feed.items.map((i) => i.url)).toEqual([1, 2, 3].map((n) => `https://news.example/n/${n}`));
    expect(feed.warnings).toContain(
      `item selector ".gone" matched nothing; 3 items read by the generic listing reader (check the source's selectors)`,
    );
  });
});

describe('article extraction', () => {
  const page = `<html><head><meta property="og:title" content="Return &amp;amp; reintegration"><base href="https://iom.example/news/"></head>
<body><h1>Ignored</h1><article class="body"><p>First <a href="report.pdf">report</a>.</p><div class="share">Share!</div>
<script>track()</script><p onclick="x()">Second.</p></article></body></html>`;

  it('extracts and sanitises the body, dropping unwanted parts', () => {
    const article = extractArticle(
      page,
      { content: 'article.body', remove: ['.share'] },
      'https://iom.example/news/1',
    );
    expect(article.title).toBe('Return &amp; reintegration');
    expect(article.contentText).toBe('First report. Second.');
    expect(article.contentHtml.replace(/>\s+</g, '><')).toBe(
      '<p>First <a href="https://iom.example/news/report.pdf" rel="noopener nofollow">report</a>.</p><p>Second.</p>',
    );
  });

  it('throws ParseError when the content selector matches nothing', () => {
    expect(() => extractArticle(page, { content: '.missing' }, 'https://iom.example/news/1')).toThrow(
      'no element matches the article selector ".missing"',
    );
  });
});
