import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSource,
  claimDueSources,
  countItems,
  insertItems,
  listItems,
  type NewItem,
  SourceExistsError,
  seedSources,
} from '../src/index';
import { DATABASE_KINDS, openTestDatabase } from '../src/testing';

function item(n: number, overrides: Partial<NewItem> = {}): NewItem {
  return {
    sourceId: 'unhcr',
    key: `key-${n}`,
    title: `Item ${n}`,
    url: `https://example.org/news/${n}`,
    canonicalUrl: `https://example.org/news/${n}`,
    publishedAt: new Date(Date.UTC(2026, 0, 1, 0, n)),
    ...overrides,
  };
}

describe.each(DATABASE_KINDS)('repository on %s', (kind) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await addSource(database.db, { id: 'unhcr', name: 'UNHCR', url: 'https://www.unhcr.org/rss' });
  });
  afterAll(async () => database?.drop());

  it('refuses a second source with the same URL', async () => {
    await expect(
      addSource(database.db, { id: 'other', name: 'Other', url: 'https://www.unhcr.org/rss' }),
    ).rejects.toThrow(SourceExistsError);
  });

  it('seeds catalogue sources once, without overwriting edits', async () => {
    const rows = [{ id: 'iom', name: 'IOM', url: 'https://www.iom.int/rss' }];
    expect(await seedSources(database.db, rows)).toBe(1);
    expect(await seedSources(database.db, rows)).toBe(0);
  });

  it('stores each item once however often it is inserted', async () => {
    const batch = [item(1), item(2), item(3)];
    const first = await insertItems(database.db, batch);
    expect(first.inserted).toHaveLength(3);
    const again = await insertItems(database.db, [...batch, item(4)]);
    expect(again.inserted).toHaveLength(1);
    expect(again.duplicates).toBe(3);
    expect(await countItems(database.db, 'unhcr')).toBe(4);
  });

  it('treats the same canonical URL under another key as a duplicate', async () => {
    const outcome = await insertItems(database.db, [item(1, { key: 'rotated-guid' })]);
    expect(outcome.inserted).toHaveLength(0);
  });

  it('pages newest first with a cursor and no overlap', async () => {
    const first = await listItems(database.db, { limit: 3 });
    expect(first.items.map((i) => i.title)).toEqual(['Item 4', 'Item 3', 'Item 2']);
    const second = await listItems(database.db, { limit: 3, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.title)).toEqual(['Item 1']);
    expect(second.nextCursor).toBeNull();
  });

  it('rejects a forged cursor', async () => {
    await expect(listItems(database.db, { cursor: 'bm9uc2Vuc2U' })).rejects.toThrow(/cursor/);
  });

  it('claims due sources once per lease', async () => {
    const now = new Date();
    const claimed = await claimDueSources(database.db, now, 60_000);
    expect(claimed.map((s) => s.id).sort()).toEqual(['iom', 'unhcr']);
    expect(await claimDueSources(database.db, now, 60_000)).toHaveLength(0);
  });
});
