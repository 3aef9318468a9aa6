// `mipas start` runs migrations, the scheduler, the pipeline and the HTTP server in one process:
// a source due now is fetched on the scheduler's first tick and its items appear in the API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventually, REPO_ROOT, runCli, spawnCli, stopCli } from '../support/cli';
import { type FixtureServer, startFixtureServer } from '../support/http';
import { createModeEnv, MODES, type ModeEnv } from '../support/modes';

vi.setConfig({ testTimeout: 240_000 });

const FEED = readFileSync(join(REPO_ROOT, 'testdata/feeds/reliefweb-updates-ukraine-2020-09.xml'));

describe.each(MODES)('mipas start, %s mode', (mode) => {
  let server: FixtureServer;
  let modeEnv: ModeEnv;

  beforeAll(async () => {
    server = await startFixtureServer({ '/updates/rss.xml': { body: FEED } });
    modeEnv = await createModeEnv(mode);
  });
  afterAll(async () => {
    await server?.close();
    await modeEnv?.cleanup();
  });

  it('fetches due sources on schedule and serves them, then stops cleanly on SIGTERM', async () => {
    const added = await runCli(
      ['sources', 'add', server.url('/updates/rss.xml'), '--id', 'reliefweb', '--name', 'ReliefWeb'],
      modeEnv.env,
    );
    expect(added.code).toBe(0);
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    const env = { ...modeEnv.env, PORT: port, MIPAS_SCHEDULER_TICK_MS: '300' };
    const child = spawnCli(['start', '--no-seed'], env);
    try {
      const base = `http://127.0.0.1:${port}`;
      const health = await eventually(
        async () => {
          const res = await fetch(`${base}/healthz`);
          expect(res.status).toBe(200);
          return res.json();
        },
        120_000,
        500,
      );
      expect(health).toMatchObject({
        status: 'ok',
        queue: { kind: mode === 'embedded' ? 'in-process' : 'bullmq' },
      });
      const items = await eventually(
        async () => {
          const body = (await (await fetch(`${base}/api/items`)).json()) as {
            items: Array<{ title: string; language: string | null }>;
          };
          expect(body.items).toHaveLength(5);
          return body.items;
        },
        120_000,
        500,
      );
      expect(items[0]?.title).toBe('Ukraine: DRC / DDG Legal Alert: Issue 55 - August 2020 [EN/RU/UK]');
      // The store stage writes the items, then the source's health: a reader may see the items
      // a moment before the source's last success.
      await eventually(
        async () => {
          const sources = (await (await fetch(`${base}/api/sources`)).json()) as {
            sources: Array<{ id: string; last_success_at: string | null }>;
          };
          expect(sources.sources[0]).toMatchObject({ id: 'reliefweb', last_success_at: expect.any(String) });
        },
        30_000,
        200,
      );
    } finally {
      const code = await stopCli(child);
      expect(code, child.output()).toBe(0);
    }
  });
});
