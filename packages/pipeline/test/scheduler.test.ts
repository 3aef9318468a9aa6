// The scheduler in both run modes: a due source is fetched without anyone waiting for a cycle,
// and its fetch run names the scheduler tick it came from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '@mipas/db';
import { findSource } from '@mipas/sources';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, REPO_ROOT } from '../../../test/support/cli';
import { type FixtureServer, startFixtureServer } from '../../../test/support/http';
import { MODES, type Mode, openModeRuntime } from '../../../test/support/modes';
import { startScheduler } from '../src/scheduler';
import { seedServedSource } from './seed-served';

const FEED = readFileSync(join(REPO_ROOT, 'sources/fixtures/frontex.xml'), 'utf8');

describe.each(MODES)('scheduler, %s mode', (mode: Mode) => {
  let runtime: Awaited<ReturnType<typeof openModeRuntime>>;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.set('/feed', { body: FEED });
    runtime = await openModeRuntime(mode);
    // No article selectors here: the test is about the schedule, not the pages.
    await seedServedSource(runtime, { ...findSource('frontex')!, article: undefined }, server.url('/feed'));
  }, 120_000);
  afterAll(async () => {
    await runtime?.close();
    await server?.close();
  });

  it('fetches a due source and records the tick as the run of its fetch', async () => {
    const scheduler = startScheduler(runtime, 60_000);
    try {
      const runs = await eventually(async () => {
        const rows = await runtime.database.db
          .select()
          .from(schema.fetchRuns)
          .where(eq(schema.fetchRuns.sourceId, 'frontex'));
        if (!rows.some((r) => r.status === 'ok')) throw new Error('no finished fetch run yet');
        return rows;
      }, 60_000);
      expect(runs).toHaveLength(1);
      expect(runs[0]!.runId).toMatch(/^sched-\d+$/);
      const items = await eventually(async () => {
        const rows = await runtime.database.db
          .select({ id: schema.items.id })
          .from(schema.items)
          .where(eq(schema.items.sourceId, 'frontex'));
        if (!rows.length) throw new Error('no items yet');
        return rows;
      }, 60_000);
      expect(items.length).toBeGreaterThan(0);
    } finally {
      scheduler.stop();
    }
  }, 120_000);
});
