import { createLogger, loadConfig } from '@mipas/core';
import { addSource, ensureTags, getItem, insertItems, schema } from '@mipas/db';
import { DATABASE_KINDS, openTestDatabase } from '@mipas/db/testing';
import { tagText } from '@mipas/enrich';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStageHandlers } from '../src/runtime';
import type { StageHandlers } from '../src/types';

const RELEASE =
  'Thousands of refugees from Sudan have crossed into Chad in the past week, UNHCR said on Tuesday, warning that ' +
  'reception centres near the border are overcrowded and that more shelter, water and health care are urgently needed.';

describe.each(DATABASE_KINDS)('enrich stage on %s', (kind) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let handlers: StageHandlers;
  let ids: number[];

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    handlers = createStageHandlers({ db: database.db, config: loadConfig({}), log: createLogger('error') });
    const db = database.db;
    await addSource(db, {
      id: 'reliefweb',
      name: 'ReliefWeb',
      url: 'https://reliefweb.int/rss',
      primary: false,
    });
    await addSource(db, {
      id: 'unhcr',
      name: 'UNHCR',
      url: 'https://www.unhcr.org/rss',
      primary: true,
      defaultTags: ['refugees-and-resettlement'],
    });
    await addSource(db, {
      id: 'migracija',
      name: 'Migracijos departamentas',
      url: 'https://migracija.lrv.lt/rss',
      languages: ['lt'],
      scope: ['LTU'],
    });
    const outcome = await insertItems(db, [
      // The re-post comes first in time; the primary body's release must still be the original.
      {
        sourceId: 'reliefweb',
        key: 'a',
        title: 'Sudan: thousands of refugees cross into Chad',
        summary: RELEASE,
        publishedAt: new Date('2026-05-02T09:00:00Z'),
        canonicalUrl: 'https://reliefweb.int/report/chad/a',
      },
      {
        sourceId: 'unhcr',
        key: 'b',
        title: 'Thousands of refugees from Sudan cross into Chad',
        summary: RELEASE,
        publishedAt: new Date('2026-05-02T10:00:00Z'),
        canonicalUrl: 'https://www.unhcr.org/news/b',
      },
      {
        sourceId: 'migracija',
        key: 'c',
        title: 'Migracijos departamentas: prieglobsčio prašymų skaičius Lietuvoje sumažėjo',
        summary:
          'Per pirmąjį pusmetį Lietuvoje prieglobsčio paprašė mažiau užsieniečių nei pernai, skelbia Migracijos departamentas.',
        publishedAt: new Date('2026-05-03T08:00:00Z'),
        canonicalUrl: 'https://migracija.lrv.lt/c',
      },
      {
        sourceId: 'unhcr',
        key: 'd',
        title: 'Sudan: thousands of refugees cross into Chad',
        summary: RELEASE,
        publishedAt: new Date('2026-05-04T10:00:00Z'),
        canonicalUrl: 'https://www.unhcr.org/news/d',
      },
    ]);
    ids = outcome.inserted;
  });
  afterAll(async () => database?.drop());

  it('detects language, tags and relevance for every item', async () => {
    const outcome = await handlers.enrich({ itemIds: ids });
    expect(outcome.stats).toMatchObject({ enriched: 4, errors: 0 });
    const lt = await getItem(database.db, ids[2]!);
    expect(lt).toMatchObject({ language: 'lt', primaryCountry: 'LTU' });
    expect(lt!.relevance).toBeGreaterThan(0.5);
    const tagRows = await database.db
      .select({ kind: schema.tags.kind, slug: schema.tags.slug, origin: schema.itemTags.origin })
      .from(schema.itemTags)
      .innerJoin(schema.tags, eq(schema.itemTags.tagId, schema.tags.id))
      .where(eq(schema.itemTags.itemId, ids[1]!));
    expect(tagRows).toEqual(
      expect.arrayContaining([
        { kind: 'country', slug: 'TCD', origin: 'rule' },
        { kind: 'organisation', slug: 'unhcr', origin: 'rule' },
      ]),
    );
    expect(tagRows).toContainEqual({
      kind: 'topic',
      slug: 'refugees-and-resettlement',
      origin: expect.any(String),
    });
  });

  it('puts near-duplicates from two bodies in one story whose original is the primary body', async () => {
    const [a, b] = await Promise.all([getItem(database.db, ids[0]!), getItem(database.db, ids[1]!)]);
    expect(a!.clusterId).not.toBeNull();
    expect(b!.clusterId).toBe(a!.clusterId);
    const [cluster] = await database.db
      .select()
      .from(schema.storyClusters)
      .where(eq(schema.storyClusters.id, a!.clusterId!));
    expect(cluster!.originalItemId).toBe(ids[1]);
    expect((await getItem(database.db, ids[2]!))!.clusterId).toBeNull();
  });

  it('marks an exact copy as a duplicate', async () => {
    expect((await getItem(database.db, ids[3]!))!.status).toBe('duplicate');
  });

  it('keeps a curator tag when the item is enriched again', async () => {
    const tagIds = await ensureTags(database.db, [{ kind: 'topic', slug: 'detention' }]);
    const tagId = tagIds.get('topic:detention')!;
    await database.db
      .insert(schema.itemTags)
      .values({ itemId: ids[0]!, tagId, origin: 'curator', confidence: 1 });
    await handlers.enrich({ itemIds: [ids[0]!] });
    const rows = await database.db
      .select()
      .from(schema.itemTags)
      .where(and(eq(schema.itemTags.itemId, ids[0]!), eq(schema.itemTags.tagId, tagId)));
    expect(rows).toEqual([expect.objectContaining({ origin: 'curator' })]);
  });

  it('stores the topic model’s tags with origin "model" beside the rules’ tags', async () => {
    // A labelled item (en-0374): the rules read asylum and return; the shipped model adds law and
    // policy ("Government considers ... to be speeded up").
    const title = 'Government considers chartering flights to deport immigrants denied asylum';
    const summary =
      'The asylum application process for people coming from so-called ‘safe countries’ is to be speeded up.';
    const expected = tagText({ title, summary, language: 'en' }).topics;
    expect(expected.filter((t) => t.origin === 'model').map((t) => t.id)).toEqual(['law-and-policy']);
    const { inserted } = await insertItems(database.db, [
      { sourceId: 'reliefweb', key: 'model', title, summary, publishedAt: new Date('2026-05-05T08:00:00Z') },
    ]);
    await handlers.enrich({ itemIds: inserted });
    const rows = await database.db
      .select({ slug: schema.tags.slug, origin: schema.itemTags.origin })
      .from(schema.itemTags)
      .innerJoin(schema.tags, eq(schema.itemTags.tagId, schema.tags.id))
      .where(and(eq(schema.itemTags.itemId, inserted[0]!), eq(schema.tags.kind, 'topic')));
    expect(rows).toEqual(expect.arrayContaining(expected.map((t) => ({ slug: t.id, origin: t.origin }))));
    expect(rows).toContainEqual({ slug: 'law-and-policy', origin: 'model' });
  });

  it('skips nothing when asked for an id that does not exist', async () => {
    const outcome = await handlers.enrich({ itemIds: [ids[2]!, 999_999] });
    expect(outcome.stats).toMatchObject({ enriched: 1, errors: 0 });
  });

  it("deletes an item's band keys with the item", async () => {
    const bandsOf = async (id: number) =>
      (await database.db.select().from(schema.itemBands).where(eq(schema.itemBands.itemId, id))).length;
    expect(await bandsOf(ids[3]!)).toBe(64);
    const others = await bandsOf(ids[1]!);
    expect(others).toBe(64);
    await database.db.delete(schema.items).where(eq(schema.items.id, ids[3]!));
    expect(await bandsOf(ids[3]!)).toBe(0);
    expect(await bandsOf(ids[1]!)).toBe(others);
  });
});
