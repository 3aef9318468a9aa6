// The two ways the system runs, for tests that must pass on both: embedded (PGlite, stages
// in-process) and server (PostgreSQL + BullMQ on Redis). A missing server fails the test.
import { randomBytes } from 'node:crypto';
import { type Config, loadConfig } from '@mipas/core';
import { createTestDatabase, TEST_REDIS_URL } from '@mipas/db/testing';
import { openRuntime, type Runtime } from '@mipas/pipeline';
import { Redis } from 'ioredis';

export type Mode = 'embedded' | 'server';
export const MODES: Mode[] = ['embedded', 'server'];

export interface ModeEnv {
  mode: Mode;
  /** Environment variables that select this mode, for spawned processes and `loadConfig`. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export async function assertRedisAnswers(url = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    lazyConnect: true,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    throw new Error(
      `Redis does not answer at ${url} (${(err as Error).message}). Start it (see README, "Running the tests").`,
    );
  } finally {
    redis.disconnect();
  }
}

async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

export async function createModeEnv(mode: Mode): Promise<ModeEnv> {
  const base = { MIPAS_ALLOW_PRIVATE_NETWORK: '1', MIPAS_LOG_LEVEL: 'warn', MIPAS_HOST_DELAY_MS: '0' };
  if (mode === 'embedded') {
    const target = await createTestDatabase('pglite');
    return { mode, env: { ...base, MIPAS_DATA_DIR: target.dataDir! }, cleanup: target.drop };
  }
  await assertRedisAnswers();
  const target = await createTestDatabase('postgres');
  const prefix = `mipas-test-${randomBytes(4).toString('hex')}`;
  return {
    mode,
    env: { ...base, DATABASE_URL: target.url!, REDIS_URL: TEST_REDIS_URL, MIPAS_QUEUE_PREFIX: prefix },
    cleanup: async () => {
      await target.drop();
      await deleteKeys(prefix);
    },
  };
}

export function configFor(modeEnv: ModeEnv, extra: Record<string, string> = {}): Config {
  return loadConfig({ ...modeEnv.env, ...extra });
}

/** A runtime in the given mode on a fresh database; `close` also removes the database. */
export async function openModeRuntime(
  mode: Mode,
  extra: Record<string, string> = {},
): Promise<Runtime & { modeEnv: ModeEnv }> {
  const modeEnv = await createModeEnv(mode);
  const runtime = await openRuntime(configFor(modeEnv, extra));
  return {
    ...runtime,
    modeEnv,
    close: async () => {
      await runtime.close();
      await modeEnv.cleanup();
    },
  };
}
