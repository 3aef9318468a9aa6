// The listing behind every public page and feed, on both databases: each filter, both ways of
// reading a topic (from the tag's items, or walking the newest items), keyset pages, the tag
// dictionary picking up tags added while the site runs, and, with the page cache off, every
// request rendered from the current data.
import { type Db, invalidateTagDictionary, listPublishedItems, schema } from '@mipas/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, openModeRuntime } from '../../../test/support/modes';
import { seedItems, seedSources } from '../../publish/test/seed';
import { buildServer } from '../src/app';

const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 9, 30));

describe.each(MODES)('public listing (%s)', (mode) => {
  let runtime: Awaited<ReturnType<typeof openModeRuntime>>;
  let app: Awaited<ReturnType<typeof buildServer>>;
  let db: Db;
  let ids: number[];

  beforeAll(async () => {
    runtime = await openModeRuntime(mode, {
      MIPAS_PUBLIC_URL: 'https://mipas.example',
      MIPAS_PUBLIC_CACHE_SECONDS: '0',
    });
    db = runtime.database.db;
    await seedSources(db);
    ids = await seedItems(db, [
      { title: 'a', publishedAt: day(1), topics: ['asylum'], countries: ['lt'] },
      { title: 'b', publishedAt: day(2), topics: ['asylum'], language: 'en', sourceId: 'unhcr' },
      { title: 'c', publishedAt: day(3), topics: ['return'], countries: ['pl'], language: 'ru' },
      { title: 'd', publishedAt: day(4), topics: ['asylum', 'integration'], sourceId: 'unhcr' },
      { title: 'e', publishedAt: day(5), topics: ['asylum'], language: 'en' },
      { title: 'f', publishedAt: day(5), topics: ['integration'], language: 'en', sourceId: 'unhcr' },
      { title: 'rejected', status: 'rejected', publishedAt: day(6), topics: ['asylum'] },
    ]);
    // A country by tag only: the item's primary country is another one.
    const [lt] = await db.select().from(schema.tags).where(eq(schema.tags.slug, 'lt'));
    await db.insert(schema.itemTags).values({ itemId: ids[2]!, tagId: lt!.id, origin: 'curator' });
    app = await buildServer(runtime);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const titles = async (filter: Parameters<typeof listPublishedItems>[1]) =>
    (await listPublishedItems(db, filter)).map((i) => i.title);

  it('lists approved items newest first (same time: higher id first), with tags', async () => {
    const list = await listPublishedItems(db);
    expect(list.map((i) => i.title)).toEqual(['f', 'e', 'd', 'c', 'b', 'a']);
    const d = list.find((i) => i.title === 'd')!;
    expect(d.tags.map((t) => t.slug)).toEqual(['asylum', 'integration']);
    expect(d.tags[0]!.labels.en).toBe('Asylum');
    expect(d.sourceName).toBe('UNHCR <News> & "Stories"');
    expect(list.find((i) => i.title === 'c')!.tags.map((t) => `${t.kind}:${t.slug}`)).toEqual([
      'country:lt',
      'country:pl',
      'topic:return',
    ]);
  });

  it('filters by topic the same way whether it starts from the tag or walks the newest items', async () => {
    // 50 rows wanted and 5 tagged: read from the tag. One row per page: walk the newest.
    expect(await titles({ topics: ['asylum'] })).toEqual(['e', 'd', 'b', 'a']);
    const paged: string[] = [];
    let before: { publishedAt: Date; id: number } | undefined;
    for (;;) {
      const [item] = await listPublishedItems(db, { topics: ['asylum'], limit: 1, before });
      if (!item) break;
      paged.push(item.title);
      before = { publishedAt: item.publishedAt, id: item.id };
    }
    expect(paged).toEqual(['e', 'd', 'b', 'a']);
    expect(await titles({ topics: ['asylum', 'return'], limit: 1 })).toEqual(['e']);
    expect(await titles({ topics: ['integration', 'return'] })).toEqual(['f', 'd', 'c']);
    expect(await titles({ topics: ['no-such-topic'] })).toEqual([]);
  });

  it('filters by country (primary or tag), source, language and period, combined with AND', async () => {
    expect(await titles({ countries: ['lt'] })).toEqual(['c', 'a']);
    expect(await titles({ countries: ['pl', 'nowhere'] })).toEqual(['c']);
    expect(await titles({ sources: ['unhcr'] })).toEqual(['f', 'd', 'b']);
    expect(await titles({ sources: ['unhcr'], languages: ['en'] })).toEqual(['f', 'b']);
    expect(await titles({ languages: ['en', 'ru'], topics: ['asylum'] })).toEqual(['e', 'b']);
    expect(await titles({ since: day(2), until: day(4) })).toEqual(['c', 'b']);
    expect(await titles({ changedSince: new Date(Date.now() + 60_000) })).toEqual([]);
    expect(await titles({ changedSince: new Date(Date.now() - 3_600_000), limit: 2 })).toEqual(['f', 'e']);
  });

  it('answers many listings of different shapes at once', async () => {
    const shapes = [
      {},
      { topics: ['asylum'] },
      { topics: ['asylum'], limit: 1 },
      { countries: ['lt'] },
      { sources: ['unhcr'], languages: ['en'] },
    ];
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => titles(shapes[i % shapes.length])),
    );
    expect(results.slice(0, 5)).toEqual([
      ['f', 'e', 'd', 'c', 'b', 'a'],
      ['e', 'd', 'b', 'a'],
      ['e'],
      ['c', 'a'],
      ['f', 'b'],
    ]);
    for (const [i, r] of results.entries()) expect(r).toEqual(results[i % shapes.length]);
  });

  it('finds a tag added while the site runs, and renders every uncached request afresh', async () => {
    const before = await app.inject({ method: 'GET', url: '/en/feed.json?topic=detention' });
    expect(JSON.parse(before.body).items).toEqual([]);
    await db.insert(schema.tags).values({ kind: 'topic', slug: 'detention', labels: { en: 'Detention' } });
    const [id] = await seedItems(db, [
      { title: 'g', publishedAt: day(7), topics: ['detention'], language: 'en' },
    ]);
    const after = JSON.parse(
      (await app.inject({ method: 'GET', url: '/en/feed.json?topic=detention' })).body,
    );
    expect(after.items.map((i: { id: string }) => i.id)).toEqual([`https://mipas.example/en/items/${id}`]);
    expect(after.items[0].tags).toEqual(['Detention']);
    const home = await app.inject({ method: 'GET', url: '/en/' });
    expect(home.body).toContain(`/en/items/${id}`);
    expect(home.body).toContain('>Detention</a>');
    const page = await app.inject({ method: 'GET', url: '/en/topics/detention' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Detention</h1>');
    expect(page.body).toContain(`/en/items/${id}`);
    expect((await app.inject({ method: 'GET', url: '/en/topics/no-such-topic' })).statusCode).toBe(404);

    // A label changed: seen once the copy is dropped.
    await db
      .update(schema.tags)
      .set({ labels: { en: 'Immigration detention' } })
      .where(eq(schema.tags.slug, 'detention'));
    invalidateTagDictionary(db);
    expect((await listPublishedItems(db, { topics: ['detention'] }))[0]!.tags[0]!.labels.en).toBe(
      'Immigration detention',
    );
    await db.update(schema.items).set({ status: 'rejected' }).where(eq(schema.items.id, id!));
    expect((await app.inject({ method: 'GET', url: '/en/' })).body).not.toContain(`/en/items/${id}`);
  });
});
