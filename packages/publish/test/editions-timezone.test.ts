// The worker composes editions of local days and weeks (MIPAS_TIMEZONE): an item approved at 00:30
// on Monday in Vilnius, still Sunday in UTC, opens the new week instead of closing the old one.
import { loadConfig } from '@mipas/core';
import { type Database, getEditionBySlug } from '@mipas/db';
import { DATABASE_KINDS, openTestDatabase } from '@mipas/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDueEditions } from '../src/runner';
import { seedItems, seedSources } from './seed';

describe.each(DATABASE_KINDS)('editions in the local time zone (%s)', (kind) => {
  let database: Database & { drop(): Promise<void> };
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await seedSources(database.db);
    const times = {
      // Monday 16 November 00:10 in Vilnius, Sunday 22:10 UTC: the first minutes of the week.
      weekStart: '2026-11-15T22:10:00Z',
      // Sunday 22 November 23:30 in Vilnius: the last day of that week.
      sundayLate: '2026-11-22T21:30:00Z',
      // Monday 23 November 00:30 in Vilnius, still Sunday in UTC: next week already.
      mondayEarly: '2026-11-22T22:30:00Z',
    };
    const seeded = await seedItems(
      database.db,
      Object.entries(times).map(([title, at]) => ({ title, publishedAt: new Date(at) })),
    );
    Object.keys(times).forEach((name, i) => {
      ids[name] = seeded[i]!;
    });
  }, 120_000);

  afterAll(async () => {
    await database?.drop();
  });

  it('composes the last local day and week, bounded by local midnight', async () => {
    const config = loadConfig({ MIPAS_TIMEZONE: 'Europe/Vilnius' });
    // Monday 23 November, 10:00 in Vilnius.
    const composed = await composeDueEditions(database.db, config, new Date('2026-11-23T08:00:00Z'));
    expect(composed.sort()).toEqual(['daily-2026-11-22', 'weekly-2026-11-16']);
    const week = await getEditionBySlug(database.db, 'weekly-2026-11-16');
    expect(week!.periodStart.toISOString()).toBe('2026-11-15T22:00:00.000Z');
    expect(week!.periodEnd.toISOString()).toBe('2026-11-22T22:00:00.000Z');
    expect([...week!.itemIds].sort()).toEqual([ids.weekStart, ids.sundayLate].sort());
    const day = await getEditionBySlug(database.db, 'daily-2026-11-22');
    expect(day!.itemIds).toEqual([ids.sundayLate]);

    // Tuesday in Vilnius: Monday's edition holds the item of 00:30, which UTC would call Sunday's.
    expect(await composeDueEditions(database.db, config, new Date('2026-11-24T08:00:00Z'))).toEqual([
      'daily-2026-11-23',
    ]);
    expect((await getEditionBySlug(database.db, 'daily-2026-11-23'))!.itemIds).toEqual([ids.mondayEarly]);
    // Composed periods are not composed again.
    expect(await composeDueEditions(database.db, config, new Date('2026-11-24T09:00:00Z'))).toEqual([]);
  });
});
