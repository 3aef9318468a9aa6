// Every HTML page read with cheerio (listings, article pages, pages searched for feeds) goes
// through loadPage, which bounds its nesting: a hostile page must not stall the parser.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/article';
import { discoverFeeds } from '../src/discover';
import { loadPage, MAX_NESTING } from '../src/html-page';

const DEPTH = 100_000;
const nested = (inner: string) => `${'<div>'.repeat(DEPTH)}${inner}${'</div>'.repeat(DEPTH)}`;

describe('loadPage', () => {
  it('loads an ordinary page as it is', () => {
    const { $, flattened } = loadPage('<html><body><div><p>One<p>Two</div></body></html>');
    expect(flattened).toBe(false);
    expect($('p').length).toBe(2);
  });

  it('drops the tags nested past the bound and keeps their text', () => {
    const { $, flattened } = loadPage(`<html><body>${nested('<b>deep text</b>')}</body></html>`);
    expect(flattened).toBe(true);
    expect($('div').length).toBe(MAX_NESTING);
    expect($('body').text()).toContain('deep text');
  });

  it('keeps article extraction and feed discovery quick on such a page', () => {
    const article = `<html><body>${nested('')}<article class="text">Body of the release.</article></body></html>`;
    expect(extractArticle(article, { content: '.text' }, 'https://example.org/a').contentText).toBe(
      'Body of the release.',
    );
    const page = `<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>${nested('')}</body></html>`;
    expect(discoverFeeds(page, 'https://example.org/').map((f) => f.url)).toEqual([
      'https://example.org/feed.xml',
    ]);
  });
});
