import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse';

const now = new Date('2024-06-01T00:00:00Z');
const baseUrl = 'https://iom.example/feed.json';
const bytes = (doc: unknown) => new TextEncoder().encode(typeof doc === 'string' ? doc : JSON.stringify(doc));

describe('JSON Feed', () => {
  it('reads a JSON Feed 1.1 document', async () => {
    const feed = await parseDocument(
      bytes({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'IOM news',
        home_page_url: 'https://iom.example/',
        language: 'en',
        authors: [{ name: 'IOM Press' }],
        items: [
          {
            id: 42,
            url: '/news/42',
            title: 'Displacement update',
            content_html: '<p>Text with <a href="annex">annex</a></p><script>x()</script>',
            summary: 'Short',
            date_published: '2024-05-03T10:00:00+02:00',
            tags: ['displacement', 'return'],
            language: 'fr',
          },
          {
            id: 'b',
            external_url: 'https://elsewhere.example/b',
            content_text: 'Plain & simple',
            date_modified: '2024-05-02',
          },
          'not an item',
          { id: 'c' },
        ],
      }),
      { baseUrl, now },
    );
    expect(feed).toMatchObject({
      title: 'IOM news',
      homepage: 'https://iom.example/',
      declaredLanguage: 'en',
    });
    expect(feed.items[0]).toMatchObject({
      guid: '42',
      url: 'https://iom.example/news/42',
      title: 'Displacement update',
      summary: 'Short',
      contentText: 'Text with annex',
      author: 'IOM Press',
      categories: ['displacement', 'return'],
      declaredLanguage: 'fr',
    });
    expect(feed.items[0]?.contentHtml).toBe(
      '<p>Text with <a href="https://iom.example/news/annex" rel="noopener nofollow">annex</a></p>',
    );
    expect(feed.items[1]).toMatchObject({
      url: 'https://elsewhere.example/b',
      contentText: 'Plain & simple',
      contentHtml: '<p>Plain &amp; simple</p>',
      title: 'Plain & simple',
    });
    expect(feed.items).toHaveLength(2);
    expect(feed.warnings).toEqual([
      'item 3: not an object; skipped',
      'item 3: neither title nor link; skipped',
    ]);
  });

  it('reads JSON Feed 1.0 with a single author', async () => {
    const feed = await parseDocument(
      bytes({
        version: 'https://jsonfeed.org/version/1',
        items: [{ id: '1', url: 'https://iom.example/1', title: 'T', author: { name: 'A' } }],
      }),
      { baseUrl, now },
    );
    expect(feed.items[0]?.author).toBe('A');
  });

  it('rejects JSON that is not a JSON Feed', async () => {
    await expect(
      parseDocument(bytes({ version: 'https://jsonfeed.org/version/1.1' }), { baseUrl }),
    ).rejects.toThrow('JSON Feed has no "items" array');
    await expect(parseDocument(bytes({ items: [] }), { baseUrl, kind: 'jsonfeed' })).rejects.toMatchObject({
      code: 'NOT_A_FEED',
    });
  });

  it('reads fields of the wrong type as absent, never as an invented link', async () => {
    const feed = await parseDocument(
      bytes({
        version: 'https://jsonfeed.org/version/1.1',
        title: 42,
        home_page_url: ['https://iom.example/'],
        items: [
          { id: 1, title: 'Numeric id', url: 'https://iom.example/1', date_published: 12345 },
          { id: null, title: ['array'], url: 7, content_html: { a: 1 } },
          { id: '3', title: 'Numeric url', url: 3, external_url: 'https://iom.example/news/3' },
          { id: '4', title: 'Object url', url: { href: 'https://iom.example/4' } },
          'a string',
          null,
        ],
      }),
      { baseUrl, now },
    );
    expect(feed.homepage).toBeNull();
    expect(feed.items.map((i) => [i.title, i.url])).toEqual([
      ['Numeric id', 'https://iom.example/1'],
      ['Numeric url', 'https://iom.example/news/3'],
      ['Object url', null],
    ]);
    expect(feed.items[0]?.dateFlag).toBe('invalid');
    expect(feed.warnings.join('\n')).toMatch(/item 5: not an object; skipped/);
  });

  it('removes NUL characters, which a database text column refuses', async () => {
    const feed = await parseDocument(
      bytes({
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          {
            id: 'n\u00001',
            title: 'Nul \u0000title',
            url: 'https://iom.example/nul',
            content_html: '<p>a\u0000b</p>',
            tags: ['t\u0000ag'],
            authors: [{ name: 'A\u0000B' }],
          },
          { id: '2', title: 'Text', url: 'https://iom.example/2', content_text: 'x\u0000y' },
        ],
      }),
      { baseUrl, now },
    );
    expect(JSON.stringify(feed.items)).not.toContain('\\u0000');
    expect(feed.items[0]).toMatchObject({
      guid: 'n1',
      title: 'Nul title',
      author: 'AB',
      categories: ['tag'],
    });
    expect(feed.items[1]?.contentText).toBe('xy');
  });

  it('rejects malformed JSON with a ParseError', async () => {
    await expect(
      parseDocument(bytes('{"version":"https://jsonfeed.org/version/1.1", items: }'), { baseUrl }),
    ).rejects.toMatchObject({
      name: 'ParseError',
      code: 'MALFORMED_JSON',
    });
  });
});
