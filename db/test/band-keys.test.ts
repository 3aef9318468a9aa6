import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStoryCandidates, saveBandKeys, storedBandKey } from '../src/index';
import { DATABASE_KINDS, openTestDatabase } from '../src/testing';

/** The USING expression of migration 0008, which turned stored text keys into numbers. */
const MIGRATION = readFileSync(
  new URL('../migrations/0008_item_bands_bigint_key.sql', import.meta.url),
  'utf8',
);
const USING = /USING \(([\s\S]*)\);/.exec(MIGRATION)?.[1] ?? '';

function key(band: number, hex: string): string {
  return `${band.toString(16).padStart(2, '0')}:${hex}`;
}

const KEYS = [
  key(0, '0000000000000000'),
  key(0, 'ffffffffffffffff'),
  key(7, '1a2b3c4d5e6f7a8b'),
  key(63, '8000000000000000'),
  key(63, '7fffffffffffffff'),
  key(31, 'deadbeef00c0ffee'),
  key(1, '0123456789abcdef'),
];

describe('storedBandKey', () => {
  it('gives different bands of the same digits different numbers, within 64 signed bits', () => {
    const numbers = Array.from({ length: 64 }, (_, band) =>
      BigInt(storedBandKey(key(band, 'a5a5a5a5a5a5a5a5'))),
    );
    expect(new Set(numbers).size).toBe(64);
    for (const n of numbers) expect(n >= -(2n ** 63n) && n < 2n ** 63n).toBe(true);
  });
});

describe.each(DATABASE_KINDS)('band keys on %s', (kind) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => database?.drop());

  it('converts a text key in migration 0008 to the number storedBandKey gives', async () => {
    expect(USING).toContain('band_key');
    for (const k of KEYS) {
      const expression = sql.raw(USING.replaceAll('"band_key"', `'${k}'::text`));
      const result = await database.db.execute(sql`select (${expression})::text as n`);
      const rows = (result as unknown as { rows: Array<{ n: string }> }).rows;
      expect(rows[0]?.n, k).toBe(storedBandKey(k));
    }
  });

  it('finds what it stored under every key asked for, and nothing under others', async () => {
    await saveBandKeys(database.db, [
      { itemId: 101, keys: KEYS.slice(0, 4) },
      { itemId: 102, keys: KEYS.slice(2, 6) },
    ]);
    // Stored twice: no error, no second row.
    await saveBandKeys(database.db, [{ itemId: 101, keys: KEYS.slice(0, 1) }]);
    const found = await findStoryCandidates(database.db, [...KEYS, KEYS[2]!]);
    expect(found.byKey.get(KEYS[0]!)).toEqual([101]);
    expect([...(found.byKey.get(KEYS[2]!) ?? [])].sort()).toEqual([101, 102]);
    expect(found.byKey.get(KEYS[5]!)).toEqual([102]);
    expect(found.byKey.has(KEYS[6]!)).toBe(false);
  });
});
