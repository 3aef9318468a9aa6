// parseSourceDocument sends each document to the reader its source calls for.
import { describe, expect, test } from 'vitest';
import { findSource, parseSourceDocument, type SourceDefinition } from '../src/index';

const NOW = new Date('2026-11-23T00:00:00Z');
const encode = (text: string) => new TextEncoder().encode(text);

function sourceLike(overrides: Partial<SourceDefinition>): SourceDefinition {
  const base = findSource('ecre');
  if (!base) throw new Error('ecre is catalogued');
  return { ...base, ...overrides };
}

describe('parseSourceDocument', () => {
  test('reads a JSON API response with the source’s adapter', async () => {
    const api = findSource('reliefweb-api');
    if (!api) throw new Error('reliefweb-api is catalogued');
    const json = JSON.stringify({ data: [{ id: 1, fields: { title: 'A report', url_alias: '/report/a' } }] });
    const feed = await parseSourceDocument(api, encode(json), {
      contentType: 'application/json',
      url: 'https://api.reliefweb.int/v1/reports',
      now: NOW,
    });
    expect(feed.items.map((i) => i.url)).toEqual(['https://api.reliefweb.int/report/a']);
  });

  test('refuses a JSON API source without an adapter', async () => {
    const def = sourceLike({ id: 'no-adapter', kind: 'jsonapi', apiAdapter: undefined });
    await expect(
      parseSourceDocument(def, encode('{}'), { url: 'https://example.org/api', now: NOW }),
    ).rejects.toThrow(/without an adapter/);
  });

  test('reads an HTML listing with the source’s selectors', async () => {
    const def = sourceLike({
      id: 'listing',
      kind: 'html',
      listing: { item: 'li.news', title: 'a', link: 'a', date: 'time', dateAttribute: 'datetime' },
    });
    const html =
      '<html lang="lt"><body><ul><li class="news"><a href="/n/1">Naujiena</a>' +
      '<time datetime="2025-11-14T10:00:00Z">2025-11-14</time></li></ul></body></html>';
    const feed = await parseSourceDocument(def, encode(html), {
      contentType: 'text/html; charset=utf-8',
      url: 'https://example.lt/naujienos',
      now: NOW,
    });
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.url).toBe('https://example.lt/n/1');
    expect(feed.items[0]?.publishedAt?.toISOString()).toBe('2025-11-14T10:00:00.000Z');
  });

  test('an HTML page where a feed was catalogued is an error, not an empty feed', async () => {
    await expect(
      parseSourceDocument(
        sourceLike({}),
        encode('<html><head><title>Moved</title></head><body></body></html>'),
        {
          contentType: 'text/html',
          url: 'https://ecre.org/feed/',
          now: NOW,
        },
      ),
    ).rejects.toThrow(/not a feed/);
  });
});
