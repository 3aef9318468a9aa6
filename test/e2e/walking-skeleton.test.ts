// One real captured feed of a migration body goes through `sources add` and `fetch --once`
// into the database, in both run modes, through the real `mipas` command.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT, runCli, spawnCli, stopCli } from '../support/cli';
import { type FixtureServer, startFixtureServer } from '../support/http';
import { createModeEnv, MODES, type ModeEnv } from '../support/modes';

// Each step spawns the real command (a cold start of PGlite or of the queues): minutes, not seconds.
vi.setConfig({ testTimeout: 240_000 });

const FEED = readFileSync(join(REPO_ROOT, 'testdata/feeds/reliefweb-updates-ukraine-2020-09.xml'));

interface Summary {
  sources: number;
  fetched: number;
  items_seen: number;
  new: number;
  duplicates: number;
  errors: number;
}

describe.each(MODES)('walking skeleton, %s mode', (mode) => {
  let server: FixtureServer;
  let modeEnv: ModeEnv;

  beforeAll(async () => {
    server = await startFixtureServer({
      '/updates/rss.xml': { body: FEED },
    });
    // No validators: the broken feed is fetched, and fails to parse, every time.
    server.set('/broken.xml', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/xml' }).end('<rss><channel><item><title>cut off'),
    );
    modeEnv = await createModeEnv(mode);
  });
  afterAll(async () => {
    await server?.close();
    await modeEnv?.cleanup();
  });

  it('adds the ReliefWeb feed as a source', async () => {
    const res = await runCli(
      ['sources', 'add', server.url('/updates/rss.xml'), '--name', 'ReliefWeb updates', '--id', 'reliefweb'],
      modeEnv.env,
    );
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('added source reliefweb');
  });

  it('refuses the same feed twice with a clear message', async () => {
    const res = await runCli(['sources', 'add', server.url('/updates/rss.xml')], modeEnv.env);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/already exists: reliefweb/);
  });

  it('fetches every item once, then adds no duplicates', async () => {
    const first = await runCli(['fetch', '--once'], modeEnv.env);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as Summary;
    expect(summary).toMatchObject({
      sources: 1,
      fetched: 1,
      items_seen: 5,
      new: 5,
      errors: 0,
      article_pages: 0,
    });

    // The server now ignores validators, so the feed is parsed again: every item is a duplicate.
    server.set('/updates/rss.xml', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED),
    );
    const second = await runCli(['fetch', '--once'], modeEnv.env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({
      fetched: 1,
      items_seen: 5,
      new: 0,
      duplicates: 5,
      errors: 0,
    });
  });

  it('lists the stored items with title, url and date', async () => {
    const res = await runCli(['items', 'list', '--json', '--limit', '50'], modeEnv.env);
    expect(res.code).toBe(0);
    const items = JSON.parse(res.stdout) as Array<{ title: string; url: string; published_at: string }>;
    expect(items).toHaveLength(5);
    expect(items[0]).toMatchObject({
      title: 'Ukraine: DRC / DDG Legal Alert: Issue 55 - August 2020 [EN/RU/UK]',
      url: 'https://reliefweb.int/report/ukraine/ukraine-drc-ddg',
      published_at: '2020-09-17T07:24:25.000Z',
    });
    expect(new Set(items.map((i) => i.url)).size).toBe(5);
  });

  it('records a broken feed as an error of that source only, and exits non-zero when every fetch failed', async () => {
    await runCli(['sources', 'add', server.url('/broken.xml'), '--id', 'broken'], modeEnv.env);
    const both = await runCli(['fetch', '--once'], modeEnv.env);
    expect(both.code).toBe(0);
    expect(JSON.parse(both.stdout)).toMatchObject({ sources: 2, errors: 1 });
    const onlyBroken = await runCli(['fetch', '--once', '--source', 'broken'], modeEnv.env);
    expect(JSON.parse(onlyBroken.stdout)).toMatchObject({ sources: 1, errors: 1 });
    const list = await runCli(['sources', 'list', '--json'], modeEnv.env);
    const broken = (
      JSON.parse(list.stdout) as Array<{
        id: string;
        last_error: string | null;
        consecutive_failures: number;
      }>
    ).find((s) => s.id === 'broken');
    expect(broken?.consecutive_failures).toBe(2);
    expect(broken?.last_error).toMatch(/could not parse/);
  });

  it('refuses a loopback source without the explicit allowance', async () => {
    const env = { ...modeEnv.env, MIPAS_ALLOW_PRIVATE_NETWORK: '0' };
    const res = await runCli(['fetch', '--once', '--source', 'reliefweb'], env);
    expect(res.code).toBe(2);
    expect(JSON.parse(res.stdout)).toMatchObject({ fetched: 0, errors: 1 });
  });

  it('names an unknown source clearly', async () => {
    const res = await runCli(['fetch', '--once', '--source', 'nope'], modeEnv.env);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/no source with id "nope"/);
  });

  if (mode === 'server') {
    it('lets separate worker processes do the work', async () => {
      server.set('/other.xml', {
        body: FEED.toString().replaceAll('reliefweb.int/report', 'reliefweb.int/other'),
      });
      await runCli(['sources', 'add', server.url('/other.xml'), '--id', 'other'], modeEnv.env);
      const workers = [spawnCli(['worker', 'all'], modeEnv.env), spawnCli(['worker', 'fetch'], modeEnv.env)];
      try {
        const res = await runCli(
          ['fetch', '--once', '--source', 'other', '--no-local-workers', '--timeout', '120'],
          modeEnv.env,
        );
        expect(res.code).toBe(0);
        expect(JSON.parse(res.stdout)).toMatchObject({ fetched: 1, new: 5 });
      } finally {
        for (const w of workers) expect(await stopCli(w)).toBe(0);
      }
    });
  }
});
