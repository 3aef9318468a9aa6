// `mipas reprocess --since`: ISO 8601 dates only, and a clear usage error otherwise. A run killed
// with SIGKILL is resumed by the next `mipas reprocess` from its checkpoint, on both databases.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { addSource, insertItems, openDatabase } from '@mipas/db';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '@mipas/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSince } from '../src/commands/reprocess';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('parseSince', () => {
  it('reads ISO 8601 dates and date-times', () => {
    expect(parseSince('2026-07-01').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(parseSince('2026-07').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(parseSince('2026').toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(parseSince('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseSince('2026-07-01T12:30:00Z').toISOString()).toBe('2026-07-01T12:30:00.000Z');
    expect(parseSince('2026-07-01T12:30+02:00').toISOString()).toBe('2026-07-01T10:30:00.000Z');
  });

  it('refuses what new Date() would silently turn into another date', () => {
    for (const bad of [
      '1',
      '0',
      '-1',
      '99999',
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-07-01T25:00Z',
      'yesterday',
      '',
      '1e3',
      'July 1, 2026',
    ]) {
      expect(() => parseSince(bad), bad).toThrow(/--since must be a date like 2026-01-31/);
    }
  });
});

describe('mipas reprocess', () => {
  it.each([
    [['--after-id', '12abc'], '--after-id must be a whole number'],
    [['--batch', '1e3'], '--batch must be from 1 to 5000'],
  ])('refuses %j instead of reading a number off its start', (args, message) => {
    const run = spawnSync(process.execPath, ['packages/cli/bin/mipas.js', 'reprocess', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, MIPAS_DATA_DIR: '/nonexistent/mipas-reprocess-test' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('refuses --restart with --after-id: one starts from the first item, the other after an id', () => {
    const run = spawnSync(
      process.execPath,
      ['packages/cli/bin/mipas.js', 'reprocess', '--restart', '--after-id', '5'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, MIPAS_DATA_DIR: '/nonexistent/mipas-reprocess-test' },
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--restart starts from the first item and --after-id after an id');
  });

  it('exits 2 with a usage error for a bad --since, before opening the database', () => {
    const run = spawnSync(process.execPath, ['packages/cli/bin/mipas.js', 'reprocess', '--since', '99999'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, MIPAS_DATA_DIR: '/nonexistent/mipas-reprocess-test' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('mipas: --since must be a date like 2026-01-31');
    expect(run.stderr).not.toContain('Failed query');
  });
});

describe.each(DATABASE_KINDS)('mipas reprocess killed with SIGKILL on %s', (kind) => {
  const ITEMS = 30;
  let target: TestDatabase;
  let ids: number[];

  beforeAll(async () => {
    target = await createTestDatabase(kind);
    const database = await openDatabase({ url: target.url, dataDir: target.dataDir });
    try {
      await database.migrate();
      await addSource(database.db, { id: 'qa', name: 'QA', url: 'https://example.org/rss', primary: false });
      const outcome = await insertItems(
        database.db,
        Array.from({ length: ITEMS }, (_, i) => ({
          sourceId: 'qa',
          key: `k${i}`,
          title: `Asylum seekers reach the border, item ${i}`,
          publishedAt: new Date(Date.UTC(2026, 0, 1 + i)),
          canonicalUrl: `https://example.org/${i}`,
        })),
      );
      ids = outcome.inserted;
    } finally {
      // The embedded database is locked while open: the CLI opens it next.
      await database.close();
    }
  });
  afterAll(async () => target?.drop());

  function cliEnv(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, MIPAS_LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    delete env.REDIS_URL;
    if (target.url) env.DATABASE_URL = target.url;
    else env.MIPAS_DATA_DIR = target.dataDir;
    return env;
  }

  function reprocess(args: string[]) {
    return spawnSync(process.execPath, ['packages/cli/bin/mipas.js', 'reprocess', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: cliEnv(),
    });
  }

  it('resumes by itself after the batch the killed run finished, and finishes the rest', async () => {
    // The first run is killed (no handler, no summary) as soon as it reports its first batch.
    const child = spawn(process.execPath, ['packages/cli/bin/mipas.js', 'reprocess', '--batch', '1'], {
      cwd: root,
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let killedErr = '';
    let killedOut = '';
    child.stdout.on('data', (chunk: Buffer) => {
      killedOut += chunk.toString();
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, sig) => resolve(sig)),
    );
    child.stderr.on('data', (chunk: Buffer) => {
      killedErr += chunk.toString();
      if (/reprocess: \d+\/\d+ items/.test(killedErr)) child.kill('SIGKILL');
    });
    expect(await exited).toBe('SIGKILL');
    expect(killedOut).toBe('');
    const reported = [...killedErr.matchAll(/reprocess: (\d+)\/30 items, \d+\/s, last id (\d+)/g)];
    expect(reported.length).toBeGreaterThan(0);
    const lastReported = Number(reported[reported.length - 1]![2]);

    // The next run, without --after-id, says where it resumes and does only the rest.
    const second = reprocess(['--batch', '5']);
    expect(second.status, second.stderr).toBe(0);
    const resume =
      /reprocess: resuming the run started (\S+) after item (\d+) \((\d+) of (\d+) done\); --restart to start over/.exec(
        second.stderr,
      );
    expect(resume, second.stderr).not.toBeNull();
    expect(Number.isNaN(Date.parse(resume![1]!))).toBe(false);
    const resumedAfter = Number(resume![2]);
    const doneBefore = Number(resume![3]);
    // The checkpoint is written before a batch's progress line: at or after the last one shown.
    expect(resumedAfter).toBeGreaterThanOrEqual(lastReported);
    expect(resumedAfter).toBe(ids[doneBefore - 1]);
    expect(doneBefore).toBeLessThan(ITEMS);
    expect(Number(resume![4])).toBe(ITEMS);
    const summary = JSON.parse(second.stdout);
    expect(summary).toMatchObject({
      items: ITEMS - doneBefore,
      errors: 0,
      lastId: ids[ITEMS - 1],
      resumed_from: resumedAfter,
    });
    expect(summary.interrupted).toBeUndefined();

    // That run finished: the next one starts from the first item and does not speak of resuming.
    const third = reprocess(['--batch', '50']);
    expect(third.status, third.stderr).toBe(0);
    expect(third.stderr).not.toContain('resuming');
    expect(JSON.parse(third.stdout)).toMatchObject({ items: ITEMS, resumed_from: null });
  }, 60_000);
});
