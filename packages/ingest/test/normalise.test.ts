import type { ParsedItem } from '@mipas/core';
import { describe, expect, it } from 'vitest';
import { normaliseItems } from '../src/normalise';
import { parseDocument } from '../src/parse';
import { readTestdata } from '../testdata/read';

const fetchedAt = new Date('2024-06-01T12:00:00Z');

function item(fields: Partial<ParsedItem>): ParsedItem {
  return {
    guid: null,
    url: null,
    title: 'Title',
    summary: null,
    contentHtml: null,
    contentText: null,
    publishedAt: null,
    dateFlag: 'missing',
    author: null,
    categories: [],
    declaredLanguage: null,
    ...fields,
  };
}

/** A feed as the server renders it on fetch number `round`; `rotate` mints new GUIDs each time. */
function renderFeed(round: number, rotate: boolean): Uint8Array {
  const rows = [
    ['Asylum applications rise', 'https://News.example/a?utm_source=rss&id=1#top', 'g-a'],
    ['Return flights resume', 'https://news.example/b?fbclid=xyz', 'g-b'],
    ['No link here', '', 'g-c'],
    ['Neither link nor guid', '', ''],
  ];
  const items = rows
    .map(([title, link, guid]) => {
      const id = guid && rotate ? `${guid}-${round}-${Math.floor(round * 7919) % 13}` : guid;
      return `<item><title>${title}</title>${link ? `<link>${link.replace(/&/g, '&amp;')}</link>` : ''}${id ? `<guid isPermaLink="false">${id}</guid>` : ''}</item>`;
    })
    .join('');
  return new TextEncoder().encode(`<rss version="2.0"><channel><title>N</title>${items}</channel></rss>`);
}

async function keysOf(round: number, rotate: boolean): Promise<string[]> {
  const feed = await parseDocument(renderFeed(round, rotate), {
    baseUrl: 'https://news.example/rss',
    now: fetchedAt,
  });
  return normaliseItems(feed.items, fetchedAt).map((i) => i.key);
}

describe('normaliseItems', () => {
  it('gives the same keys on ten re-fetches of the same feed', async () => {
    const first = await keysOf(0, false);
    expect(new Set(first).size).toBe(4);
    for (let round = 1; round < 10; round++) expect(await keysOf(round, false)).toEqual(first);
  });

  it('gives the same keys on ten re-fetches when the GUIDs of linked items rotate', async () => {
    const first = await keysOf(0, true);
    for (let round = 1; round < 10; round++) {
      const keys = await keysOf(round, true);
      expect(keys.slice(0, 2)).toEqual(first.slice(0, 2));
      expect(keys[3]).toBe(first[3]);
    }
  });

  it('canonicalises URLs: tracking parameters, host case and fragment go', () => {
    const [out] = normaliseItems(
      [item({ url: 'https://News.Example/a?utm_source=rss&id=1#top' })],
      fetchedAt,
    );
    expect(out?.canonicalUrl).toBe('https://news.example/a?id=1');
  });

  it('keys the same article reached through two spellings of its URL alike', () => {
    const a = normaliseItems([item({ url: 'https://news.example/a?utm_medium=x' })], fetchedAt)[0];
    const b = normaliseItems([item({ url: 'HTTPS://NEWS.EXAMPLE/a#comments', guid: 'other' })], fetchedAt)[0];
    expect(a?.key).toBe(b?.key);
  });

  it('falls back to the GUID when every item links to the same page', () => {
    const items = [
      item({ url: 'https://news.example/list', guid: 'one', title: 'One' }),
      item({ url: 'https://news.example/list', guid: 'two', title: 'Two' }),
    ];
    const keys = normaliseItems(items, fetchedAt).map((i) => i.key);
    expect(new Set(keys).size).toBe(2);
  });

  it('separates items sharing both URL and GUID by title', () => {
    const items = [
      item({ url: 'https://news.example/list', guid: 'same', title: 'One' }),
      item({ url: 'https://news.example/list', guid: 'same', title: 'Two' }),
    ];
    expect(normaliseItems(items, fetchedAt)).toHaveLength(2);
  });

  it('drops an exact repeat within the feed and says so', () => {
    const warnings: string[] = [];
    const twice = item({ url: 'https://news.example/a', title: 'Same' });
    const out = normaliseItems([twice, { ...twice }], fetchedAt, warnings);
    expect(out).toHaveLength(1);
    expect(warnings[0]).toMatch(/item 2 \("Same"\) repeats an earlier item; dropped/);
  });

  it('keys an item with an overlong URL by it but stores no canonical URL for it', () => {
    const long = `https://news.example/${'0123456789abcdef'.repeat(600)}`;
    const out = normaliseItems(
      [item({ url: long, title: 'Long' }), item({ url: 'https://news.example/short', title: 'Short' })],
      fetchedAt,
    );
    expect(out.map((i) => i.canonicalUrl)).toEqual([null, 'https://news.example/short']);
    expect(out[0]?.url).toBe(long);
    const again = normaliseItems([item({ url: long, title: 'Long, retitled' })], fetchedAt);
    expect(again[0]?.key).toBe(out[0]?.key);
  });

  it('uses the fetch time for a missing or invalid date and keeps the flag', () => {
    const [missing, invalid, ok] = normaliseItems(
      [
        item({ url: 'https://n.example/1' }),
        item({ url: 'https://n.example/2', dateFlag: 'invalid' }),
        item({ url: 'https://n.example/3', publishedAt: new Date('2024-05-01T00:00:00Z'), dateFlag: 'ok' }),
      ],
      fetchedAt,
    );
    expect(missing).toMatchObject({ publishedAt: fetchedAt, dateFlag: 'missing' });
    expect(invalid).toMatchObject({ publishedAt: fetchedAt, dateFlag: 'invalid' });
    expect(ok?.publishedAt.toISOString()).toBe('2024-05-01T00:00:00.000Z');
  });

  it('gives every item of the real ReliefWeb feed a distinct key', async () => {
    const feed = await parseDocument(readTestdata('feeds/reliefweb-disasters.xml'), {
      baseUrl: 'https://reliefweb.int/',
      now: fetchedAt,
    });
    const out = normaliseItems(feed.items, fetchedAt);
    expect(new Set(out.map((i) => i.key)).size).toBe(7);
  });
});
