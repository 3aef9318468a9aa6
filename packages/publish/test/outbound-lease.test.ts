// A sender killed mid-send leaves its event in `sending`: the event belongs to that sender until
// its lease ends, then another sender claims it again; it is never stuck, never sent twice at once.
import { claimOutboundEvent, type Database, markOutboundSent, recordOutboundEvents, schema } from '@mipas/db';
import { DATABASE_KINDS, openTestDatabase } from '@mipas/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe.each(DATABASE_KINDS)('outbound lease (%s)', (kind) => {
  let database: Database & { drop(): Promise<void> };

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  }, 120_000);

  afterAll(async () => {
    await database?.drop();
  });

  it('reclaims an event whose sender died once its lease is over, and only then', async () => {
    const db = database.db;
    await recordOutboundEvents(db, [
      { channel: 'webhook', target: 'https://hooks.example/a', event: 'item.approved', subject: 'item:1' },
    ]);
    const first = await claimOutboundEvent(db);
    expect(first?.status).toBe('sending');
    expect(first?.attempts).toBe(1);
    expect(first!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);

    // The sender is gone without a word; while its lease runs, nobody else takes the event.
    expect(await claimOutboundEvent(db)).toBeUndefined();

    await db
      .update(schema.outboundEvents)
      .set({ nextAttemptAt: sql`now() - interval '1 second'` })
      .where(eq(schema.outboundEvents.id, first!.id));
    const again = await claimOutboundEvent(db);
    expect(again?.id).toBe(first!.id);
    expect(again?.attempts).toBe(2);

    await markOutboundSent(db, again!.id);
    await db
      .update(schema.outboundEvents)
      .set({ nextAttemptAt: sql`now() - interval '1 second'` })
      .where(eq(schema.outboundEvents.id, first!.id));
    expect(await claimOutboundEvent(db)).toBeUndefined();
  });

  it('a lease of its own length can be asked for', async () => {
    const db = database.db;
    await recordOutboundEvents(db, [
      { channel: 'mastodon', target: 'https://social.example', event: 'item.featured', subject: 'item:2' },
    ]);
    const claimed = await claimOutboundEvent(db, 'mastodon', 5_000);
    const ms = claimed!.nextAttemptAt.getTime() - Date.now();
    expect(ms).toBeGreaterThan(2_000);
    expect(ms).toBeLessThan(10_000);
  });
});
