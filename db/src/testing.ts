// Test support: a fresh database of either kind, so the same tests run on PGlite and on the
// PostgreSQL server. A missing server fails the test; it never skips it.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from './client';

export const TEST_DATABASE_URL =
  process.env.MIPAS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.MIPAS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export type DatabaseKind = 'pglite' | 'postgres';
export const DATABASE_KINDS: DatabaseKind[] = ['pglite', 'postgres'];

export interface TestDatabase {
  kind: DatabaseKind;
  /** Set for PostgreSQL: the URL of the fresh database. */
  url?: string;
  /** Set for PGlite: the data folder. */
  dataDir?: string;
  /** Removes the database and its files. */
  drop(): Promise<void>;
}

/** Creates an empty database (no tables yet) of the given kind. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'mipas-test-'));
    return { kind, dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `mipas_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL does not answer at ${TEST_DATABASE_URL} (${(err as Error).message}). ` +
        'Start it (see README, "Running the tests") or set MIPAS_TEST_DATABASE_URL.',
    );
  }
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** A fresh, migrated database opened for the test; call `close` in afterAll. */
export async function openTestDatabase(kind: DatabaseKind): Promise<Database & { drop(): Promise<void> }> {
  const target = await createTestDatabase(kind);
  const database = await openDatabase({ url: target.url, dataDir: target.dataDir });
  await database.migrate();
  return {
    ...database,
    drop: async () => {
      await database.close();
      await target.drop();
    },
  };
}
