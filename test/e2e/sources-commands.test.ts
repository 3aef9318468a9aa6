// The source-management commands through the real `mipas` command, in both run modes: adding by
// a page's advertised feed, checking a source without storing, OPML import and export, enabling
// and disabling, and one-line errors for bad input.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOpml } from '@mipas/ingest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT, runCli } from '../support/cli';
import { type FixtureServer, startFixtureServer } from '../support/http';
import { createModeEnv, MODES, type ModeEnv } from '../support/modes';

// Each step spawns the real command (a cold start of PGlite or of the queues).
vi.setConfig({ testTimeout: 240_000 });

const FEED = readFileSync(join(REPO_ROOT, 'testdata/feeds/reliefweb-updates-ukraine-2020-09.xml'));
const OPML = join(REPO_ROOT, 'testdata/opml/subscriptions.opml');

const PAGE = `<!doctype html>
<html><head><title>Ukraine: latest updates</title>
<link rel="alternate" type="application/atom+xml" title="Comments on Ukraine updates" href="/comments.atom">
<link rel="alternate" type="application/rss+xml" title="Ukraine updates" href="/updates/rss.xml">
</head><body><h1>Ukraine</h1></body></html>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Comments on Ukraine updates</title>
  <id>urn:mipas:test:comments</id>
  <updated>2020-09-17T08:00:00Z</updated>
  <entry>
    <title>Re: Legal Alert 55</title>
    <id>urn:mipas:test:comment:1</id>
    <link href="https://reliefweb.int/report/ukraine/ukraine-drc-ddg#comment-1"/>
    <updated>2020-09-17T08:00:00Z</updated>
  </entry>
</feed>`;

interface Source {
  id: string;
  name: string;
  url: string;
  kind: string;
  homepage: string | null;
  enabled: boolean;
  last_fetched_at: string | null;
}

interface ImportReport {
  added: Array<{ id: string; name: string; url: string; category: string | null }>;
  skipped: Array<{ url: string; existing_id: string }>;
  failed: string[];
}

describe.each(MODES)('sources commands, %s mode', (mode) => {
  let server: FixtureServer;
  let modeEnv: ModeEnv;
  let fresh: ModeEnv | undefined;
  let dir: string;

  beforeAll(async () => {
    server = await startFixtureServer({
      '/updates/rss.xml': { body: FEED },
      '/ukraine.html': { body: PAGE, contentType: 'text/html; charset=utf-8' },
      '/comments.atom': { body: ATOM, contentType: 'application/atom+xml' },
      '/notes.txt': { body: 'Just some notes about asylum statistics.', contentType: 'text/plain' },
    });
    modeEnv = await createModeEnv(mode);
    dir = mkdtempSync(join(tmpdir(), 'mipas-sources-'));
  });
  afterAll(async () => {
    await server?.close();
    await modeEnv?.cleanup();
    await fresh?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("follows the best feed a page advertises and stores the feed's kind and title", async () => {
    const res = await runCli(['sources', 'add', server.url('/ukraine.html'), '--id', 'ukraine'], modeEnv.env);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`following the best one: ${server.url('/updates/rss.xml')} (rss`);
    expect(res.stdout).toContain(`also advertised: ${server.url('/comments.atom')} (atom`);
    expect(res.stdout).toContain('added source ukraine: ReliefWeb - Updates');

    const atom = await runCli(['sources', 'add', server.url('/comments.atom'), '--json'], modeEnv.env);
    expect(atom.code).toBe(0);
    expect(JSON.parse(atom.stdout)).toMatchObject({
      name: 'Comments on Ukraine updates',
      kind: 'atom',
      url: server.url('/comments.atom'),
    });
  });

  it('refuses a URL that is neither a feed nor a page with feeds, and stores nothing', async () => {
    const res = await runCli(['sources', 'add', server.url('/notes.txt')], modeEnv.env);
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/notes\.txt .*nothing was stored/);
  });

  if (mode === 'embedded') {
    it('obeys MIPAS_ALLOW_PRIVATE_NETWORK when fetching a URL to add', async () => {
      const env = { ...modeEnv.env, MIPAS_ALLOW_PRIVATE_NETWORK: '0' };
      const res = await runCli(['sources', 'add', server.url('/notes.txt')], env);
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/could not fetch .*nothing was stored/);
    });
  }

  it('checks a source: items with date, title and link, HTTP facts, nothing stored', async () => {
    const text = await runCli(['sources', 'check', 'ukraine', '--limit', '2'], modeEnv.env);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/HTTP 200, \d+ bytes, \d+ ms/);
    expect(text.stdout).toContain('2020-09-17 07:24  Ukraine: DRC / DDG Legal Alert: Issue 55');
    expect(text.stdout).toContain('https://reliefweb.int/report/ukraine/ukraine-drc-ddg');
    expect(text.stdout).toContain('... and 3 more');

    const json = await runCli(['sources', 'check', 'ukraine', '--json'], modeEnv.env);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ source: 'ukraine', ok: true, feed_kind: 'rss', item_count: 5 });
    expect(report.http).toMatchObject({ status: 200, bytes: FEED.length });
    expect(report.items[0]).toMatchObject({
      published_at: '2020-09-17T07:24:25.000Z',
      url: 'https://reliefweb.int/report/ukraine/ukraine-drc-ddg',
    });

    const items = await runCli(['items', 'list', '--json'], modeEnv.env);
    expect(JSON.parse(items.stdout)).toEqual([]);
  });

  it('imports OPML: nested folders, a duplicate and broken outlines are counted', async () => {
    const res = await runCli(['sources', 'import', OPML, '--json'], modeEnv.env);
    expect(res.code).toBe(0);
    const report = JSON.parse(res.stdout) as ImportReport;
    expect(report.added.map((a) => [a.url, a.category])).toEqual([
      ['https://reliefweb.int/updates/rss.xml', null],
      ['https://migration.example.lt/news/rss.xml', 'Europe/Lithuania'],
      ['https://border.example.lt/press/feed', 'Europe/Lithuania'],
      ['https://asylum.example.eu/news/atom.xml', 'Europe'],
    ]);
    expect(report.skipped).toHaveLength(1);
    expect(report.failed).toHaveLength(2);
    expect(report.failed.join('\n')).toMatch(/without an address[\s\S]*ftp:/);
  });

  it('disables and enables a source', async () => {
    const off = await runCli(['sources', 'disable', 'ukraine'], modeEnv.env);
    expect(off.stdout).toContain('source ukraine disabled');
    const list = await runCli(['sources', 'list', '--json'], modeEnv.env);
    const sources = JSON.parse(list.stdout) as Source[];
    expect(sources).toHaveLength(6);
    const ukraine = sources.find((s) => s.id === 'ukraine');
    expect(ukraine).toMatchObject({ enabled: false, kind: 'rss', last_fetched_at: null });
    expect(ukraine?.homepage).toBe('https://reliefweb.int/');
    expect(sources.some((s) => s.url.endsWith('/notes.txt'))).toBe(false);
    const on = await runCli(['sources', 'enable', 'ukraine'], modeEnv.env);
    expect(on.stdout).toContain('source ukraine enabled');
  });

  it('exports well-formed OPML that imports into a fresh database unchanged', async () => {
    const file = join(dir, 'export.opml');
    const res = await runCli(['sources', 'export', '--output', file], modeEnv.env);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('wrote 6 feed source(s)');
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain('Border guard &quot;press&quot; &amp; notices');
    const exported = parseOpml(xml);
    expect(exported.errors).toEqual([]);
    expect(exported.outlines).toHaveLength(6);

    fresh = await createModeEnv(mode);
    const again = await runCli(['sources', 'import', file, '--json'], fresh.env);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout) as ImportReport;
    expect(report.skipped).toEqual([]);
    expect(report.failed).toEqual([]);
    const summary = (r: { name: string; url: string; category: string | null }) => [
      r.name,
      r.url,
      r.category,
    ];
    expect(report.added.map(summary).sort()).toEqual(
      exported.outlines.map((o) => [o.title, o.xmlUrl, o.category]).sort(),
    );
    expect(report.added.map((a) => a.name)).toContain('Border guard "press" & notices');
  });

  it.each([
    [
      ['sources', 'import', join(REPO_ROOT, 'testdata/opml/missing.opml')],
      /cannot read .*missing\.opml: no such file/,
    ],
    [
      ['sources', 'import', join(REPO_ROOT, 'testdata/feeds/reliefweb-updates-ukraine-2020-09.xml')],
      /is not a readable OPML file: not an OPML document/,
    ],
    [['sources', 'check', 'nope'], /no source with id "nope"/],
    [['items', 'list', '--limit', '2000'], /--limit must be at most 500, got 2000/],
  ])('answers bad input %j with one line and exit 2', async (args, message) => {
    const res = await runCli(args, modeEnv.env);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(message);
  });
});
