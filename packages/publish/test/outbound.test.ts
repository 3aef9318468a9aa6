// Webhooks, Mastodon posts and hub pings against local HTTP servers that check signatures and
// request shapes; failures are retried with back-off, and nothing is sent twice.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Config, createLogger, loadConfig } from '@mipas/core';
import { type Database, listOutboundEvents, schema } from '@mipas/db';
import { openTestDatabase } from '@mipas/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeEdition } from '../src/editions/compose';
import { periodContaining } from '../src/editions/period';
import { deliverOutboundEvents } from '../src/outbound/deliver';
import { recordApprovals } from '../src/outbound/record';
import { verifySignature } from '../src/outbound/sign';
import { seedItems, seedSources } from './seed';

interface Call {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const SECRET = 'webhook-secret-for-tests';
const calls: Call[] = [];
/** Answers to give, in order, before answering 200. */
const failures: number[] = [];
let server: Server;
let base: string;
let database: Database & { drop(): Promise<void> };
let config: Config;
const log = createLogger('error');

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      calls.push({ path: req.url ?? '', headers: req.headers, body });
      const status = failures.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(
        req.url === '/api/v1/statuses' && status === 200
          ? JSON.stringify({ id: `status-${calls.length}` })
          : '{}',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  database = await openTestDatabase('pglite');
  config = loadConfig({
    MIPAS_PUBLIC_URL: 'https://mipas.example',
    MIPAS_WEBHOOK_URLS: `${base}/hook-a,${base}/hook-b`,
    MIPAS_WEBHOOK_SECRET: SECRET,
    MIPAS_MASTODON_URL: base,
    MIPAS_MASTODON_TOKEN: 'mastodon-token',
    MIPAS_WEBSUB_HUB: `${base}/hub`,
  });
  await seedSources(database.db);
  await seedItems(database.db, [
    {
      title: 'Featured asylum story',
      publishedAt: new Date(),
      topics: ['asylum'],
      featured: true,
      titles: { en: 'Featured in English' },
    },
    { title: 'Plain story', publishedAt: new Date(Date.now() - 60_000), topics: ['return'] },
    { title: 'Not approved', status: 'new', publishedAt: new Date() },
  ]);
}, 120_000);

afterAll(async () => {
  await database?.drop();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

describe('outbound events', () => {
  it('signs webhook calls, posts featured items to Mastodon with an Idempotency-Key, pings the hub', async () => {
    // 2 items x 2 webhooks + 1 featured post + 1 hub ping.
    expect(await recordApprovals(database.db, config)).toBe(6);
    expect(await recordApprovals(database.db, config)).toBe(0);
    failures.push(503);
    const first = await deliverOutboundEvents(database.db, config, log, { baseDelayMs: 0 });
    expect(first.failed).toBe(1);
    const second = await deliverOutboundEvents(database.db, config, log, { baseDelayMs: 0 });
    expect(first.sent + second.sent).toBe(6);

    const hooks = calls.filter((c) => c.path.startsWith('/hook-'));
    expect(hooks).toHaveLength(5);
    for (const call of hooks) {
      expect(call.headers['content-type']).toBe('application/json');
      const timestamp = Number(call.headers['x-mipas-timestamp']);
      expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(60);
      expect(verifySignature(SECRET, timestamp, call.body, String(call.headers['x-mipas-signature']))).toBe(
        true,
      );
      expect(verifySignature('wrong', timestamp, call.body, String(call.headers['x-mipas-signature']))).toBe(
        false,
      );
      const payload = JSON.parse(call.body) as {
        event: string;
        item: { title: string; url: string; page: string };
      };
      expect(payload.event).toBe('item.approved');
      expect(call.headers['x-mipas-event']).toBe('item.approved');
      expect(payload.item.page).toMatch(/^https:\/\/mipas\.example\/en\/items\/\d+$/);
      expect(payload.item.title).not.toBe('Not approved');
    }
    // The retried call carried the same delivery id as the refused one.
    const ids = hooks.map((c) => c.headers['x-mipas-delivery']);
    expect(new Set(ids).size).toBe(4);

    const posts = calls.filter((c) => c.path === '/api/v1/statuses');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.headers.authorization).toBe('Bearer mastodon-token');
    expect(posts[0]!.headers['idempotency-key']).toMatch(/^mipas-item\.featured-item:\d+$/);
    const status = JSON.parse(posts[0]!.body) as { status: string; visibility: string };
    expect(status.status).toContain('Featured in English');
    expect(status.status).toMatch(/https:\/\/mipas\.example\/en\/items\/\d+/);
    expect(status.status.length).toBeLessThanOrEqual(500);
    const events = await listOutboundEvents(database.db, 'sent');
    expect(events.find((e) => e.channel === 'mastodon')!.remoteId).toMatch(/^status-/);

    const pings = calls.filter((c) => c.path === '/hub');
    expect(pings).toHaveLength(1);
    const form = new URLSearchParams(pings[0]!.body);
    expect(form.get('hub.mode')).toBe('publish');
    expect(form.getAll('hub.url')).toContain('https://mipas.example/en/feed.atom');
  });

  it('announces a new edition once, and gives up on answers that will not change', async () => {
    calls.length = 0;
    const period = periodContaining('daily', new Date());
    await composeEdition(database.db, config, period);
    await composeEdition(database.db, config, period);
    failures.push(410);
    await deliverOutboundEvents(database.db, config, log, { baseDelayMs: 0 });
    const editionCalls = calls.filter((c) => c.path.startsWith('/hook-'));
    expect(editionCalls).toHaveLength(2);
    expect(JSON.parse(editionCalls[1]!.body).edition.slug).toBe(period.slug);
    const failed = await listOutboundEvents(database.db, 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.lastError).toContain('HTTP 410');
    // The receiver is named by its origin: a secret in a webhook's path stays out of errors and logs.
    expect(failed[0]!.lastError).toContain(`from ${base}:`);
    expect(failed[0]!.lastError).not.toContain('/hook-');
    const [row] = await database.db
      .select()
      .from(schema.outboundEvents)
      .where(eq(schema.outboundEvents.id, failed[0]!.id));
    expect(row!.attempts).toBe(1);
  });
});
