import { describe, expect, it } from 'vitest';
import { ParseError } from '../src/errors';
import { parseDocument } from '../src/parse';
import { readTestdata } from '../testdata/read';

const utf8 = (text: string) => new TextEncoder().encode(text);
const baseUrl = 'https://news.example/feed';
const RSS =
  '<rss version="2.0"><channel><title>R</title><item><title>A</title><link>/a</link></item></channel></rss>';
const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'J',
  items: [{ id: '1', url: 'https://news.example/j', title: 'J1' }],
});

describe('parseDocument', () => {
  it('sniffs RSS, Atom and JSON Feed when no kind is given', async () => {
    expect((await parseDocument(utf8(RSS), { baseUrl })).title).toBe('R');
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E</title><link href="/e"/></entry></feed>';
    expect((await parseDocument(utf8(atom), { baseUrl })).items[0]?.url).toBe('https://news.example/e');
    expect((await parseDocument(utf8(JSON_FEED), { baseUrl })).items[0]?.title).toBe('J1');
  });

  it('sniffs a feed served as text/html', async () => {
    const feed = await parseDocument(utf8(`<?xml version="1.0"?>\n<!-- generated -->\n${RSS}`), {
      baseUrl,
      contentType: 'text/html; charset=utf-8',
    });
    expect(feed.items).toHaveLength(1);
  });

  it('reads an HTML listing when selectors are given', async () => {
    const feed = await parseDocument(readTestdata('pages/unhcr-data2-documents-search-p1.html'), {
      baseUrl: 'https://data2.unhcr.org/en/search',
      contentType: 'text/html',
      listing: {
        item: 'li.searchResultItem',
        title: '.searchResultItem_title a',
        link: '.searchResultItem_title a',
      },
    });
    expect(feed.items.length).toBeGreaterThan(0);
  });

  it('reports HTML where a feed was expected, even with kind given', async () => {
    const html = '<html><head><title>Home</title></head><body>no feed here</body></html>';
    const error = await parseDocument(utf8(html), { baseUrl, kind: 'rss' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).code).toBe('HTML_NOT_FEED');
    expect((error as ParseError).message).toBe(
      'https://news.example/feed is an HTML page ("Home"), not a feed; it advertises no feed',
    );
  });

  it('attaches the advertised feeds to the error', async () => {
    const html =
      '<html><head><link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml"></head></html>';
    const error = (await parseDocument(utf8(html), { baseUrl }).catch((e: unknown) => e)) as ParseError;
    expect(error.feeds).toEqual([{ url: 'https://news.example/atom.xml', type: 'atom', title: 'Atom' }]);
  });

  it('asks for selectors when kind is html without them', async () => {
    await expect(parseDocument(utf8('<html></html>'), { baseUrl, kind: 'html' })).rejects.toMatchObject({
      code: 'NO_SELECTORS',
    });
  });

  it.each([
    ['', 'EMPTY'],
    ['   \n ', 'EMPTY'],
    ['{"data": []}', 'NOT_A_FEED'],
    ['<urlset><url/></urlset>', 'NOT_A_FEED'],
    ['just some text', 'NOT_A_FEED'],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": [', 'MALFORMED_JSON'],
  ])('rejects %j with %s', async (text, code) => {
    await expect(parseDocument(utf8(text), { baseUrl })).rejects.toMatchObject({ name: 'ParseError', code });
  });

  it('names the root element of XML that is not a feed', async () => {
    await expect(parseDocument(utf8('<?xml version="1.0"?><urlset/>'), { baseUrl })).rejects.toThrow(
      'https://news.example/feed is XML with root <urlset>, not an RSS or Atom feed',
    );
  });

  it('puts charset warnings first among the feed warnings', async () => {
    const feed = await parseDocument(readTestdata('charsets/lt-utf-8-prolog-latin1.xml'), { baseUrl });
    expect(feed.warnings[0]).toMatch(/valid UTF-8/);
  });

  it('falls back to now for a missing date only in normalisation, leaving it null here', async () => {
    const feed = await parseDocument(utf8(RSS), { baseUrl, now: new Date('2024-01-01T00:00:00Z') });
    expect(feed.items[0]).toMatchObject({ publishedAt: null, dateFlag: 'missing' });
  });
});
