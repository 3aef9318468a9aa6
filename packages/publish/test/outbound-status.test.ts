// The outbound queue's counts per channel, on PGlite and PostgreSQL: what waits, is due, waits
// for a retry, is being sent or failed; the worker's log lines when they change; and the counts a
// publishing pass reports after a webhook receiver refused.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, loadConfig } from '@mipas/core';
import {
  claimOutboundEvent,
  type Database,
  markOutboundFailed,
  markOutboundSent,
  recordOutboundEvents,
} from '@mipas/db';
import { DATABASE_KINDS, openTestDatabase } from '@mipas/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logOutboundStatus, outboundStatus } from '../src/outbound/status';
import { runPublishingPass } from '../src/runner';
import { seedItems, seedSources } from './seed';

function capture() {
  const lines: string[] = [];
  const write = (line: string) => {
    lines.push(line.replace(/^\S+ /, '').trim());
    return true;
  };
  return { lines, log: createLogger('info', {}, write) };
}

const event = (channel: string, subject: string) => ({
  channel,
  target: `https://${channel}.example/`,
  event: 'item.featured',
  subject,
});

describe.each(DATABASE_KINDS)('outbound status (%s)', (kind) => {
  let database: Database & { drop(): Promise<void> };
  let server: Server;
  let base: string;
  /** Status the webhook receiver answers with. */
  let answer = 503;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await database?.drop();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  it('counts unsent events per channel and logs only changes', async () => {
    const { db } = database;
    const config = loadConfig({
      MIPAS_BLUESKY_HANDLE: 'mipas.test',
      MIPAS_BLUESKY_APP_PASSWORD: 'app-password',
      MIPAS_MASTODON_URL: 'https://mastodon.example',
      MIPAS_MASTODON_TOKEN: 'token',
    });
    // Configured channels are listed when nothing waits; unconfigured ones are not.
    expect(await outboundStatus(db, config)).toEqual({
      bluesky: { pending: 0, due: 0, retrying: 0, sending: 0, failed: 0, oldest: null },
      mastodon: { pending: 0, due: 0, retrying: 0, sending: 0, failed: 0, oldest: null },
    });

    await recordOutboundEvents(db, [
      event('bluesky', 'item:1'),
      event('bluesky', 'item:2'),
      event('bluesky', 'item:3'),
      event('bluesky', 'item:4'),
      event('mastodon', 'item:1'),
      event('webhook', 'item:1'),
    ]);
    // bluesky: item:1 sent, item:2 waits for a retry in a minute, item:3 failed for good,
    // item:4 due; mastodon: item:1 claimed and not finished; webhook: due.
    const options = { maxAttempts: 8, baseDelayMs: 60_000 };
    const sent = (await claimOutboundEvent(db, 'bluesky'))!;
    await markOutboundSent(db, sent.id, 'at://x');
    await markOutboundFailed(db, (await claimOutboundEvent(db, 'bluesky'))!, 'HTTP 503', {
      ...options,
      retry: true,
    });
    await markOutboundFailed(db, (await claimOutboundEvent(db, 'bluesky'))!, 'HTTP 400', {
      ...options,
      retry: false,
    });
    await claimOutboundEvent(db, 'mastodon');

    const status = await outboundStatus(db, config);
    expect(Object.keys(status)).toEqual(['bluesky', 'mastodon', 'webhook']);
    expect({ ...status.bluesky, oldest: undefined }).toEqual({
      pending: 2,
      due: 1,
      retrying: 1,
      sending: 0,
      failed: 1,
      oldest: undefined,
    });
    expect(status.bluesky!.oldest).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(status.mastodon).toMatchObject({ pending: 0, sending: 1, failed: 0 });
    // Not configured any more, but events remain: still listed.
    expect(status.webhook).toMatchObject({ pending: 1, due: 1, retrying: 0, failed: 0 });

    const first = capture();
    const seen = logOutboundStatus(first.log, status);
    expect(first.lines).toHaveLength(3);
    expect(first.lines[0]).toMatch(
      /^WARN\s+outbound backlog channel=bluesky pending=2 due=1 retrying=1 sending=0 failed=1 oldest=/,
    );
    expect(first.lines[1]).toMatch(
      /^INFO\s+outbound backlog channel=mastodon pending=0 due=0 retrying=0 sending=1/,
    );

    const again = capture();
    const unchanged = logOutboundStatus(again.log, await outboundStatus(db, config), seen);
    expect(again.lines).toEqual([]);

    // The webhook event is sent: that channel drains and says so once; the others are quiet.
    await markOutboundSent(db, (await claimOutboundEvent(db, 'webhook'))!.id);
    const drained = capture();
    const after = logOutboundStatus(drained.log, await outboundStatus(db, config), unchanged);
    expect(drained.lines).toHaveLength(1);
    expect(drained.lines[0]).toMatch(
      /^INFO\s+outbound backlog channel=webhook pending=0 due=0 retrying=0 sending=0 failed=0$/,
    );
    const quiet = capture();
    logOutboundStatus(quiet.log, await outboundStatus(db, config), after);
    expect(quiet.lines).toEqual([]);
  });

  it('reports the backlog of a publishing pass', async () => {
    await seedSources(database.db);
    await seedItems(database.db, [{ title: 'Approved', publishedAt: new Date() }]);
    const config = loadConfig({ MIPAS_WEBHOOK_URLS: `${base}/hook` });
    answer = 503;
    const pass = await runPublishingPass(database.db, config, createLogger('error'), undefined);
    // The refused webhook call, and the due Bluesky event left by the test above, which fails for
    // good because this configuration has no Bluesky account.
    expect(pass.outbound).toEqual({ sent: 0, failed: 2 });
    expect(pass.backlog.webhook).toMatchObject({ pending: 1, due: 0, retrying: 1, failed: 0 });
    expect(pass.backlog.bluesky).toMatchObject({ pending: 1, retrying: 1, failed: 2 });
  });
});
