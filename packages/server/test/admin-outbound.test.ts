// Outbound events for admins on both database kinds: failed first, filter by status, secrets in
// target URLs kept off the page, retry of a failed event (audited), roles and CSRF.
import { claimOutboundEvent, schema } from '@mipas/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES } from '../../../test/support/modes';
import { maskTarget } from '../src/admin/routes-outbound';
import { type AdminFixture, addAccount, type Client, logInClient, openAdminFixture } from './admin-fixtures';

describe.each(MODES)('outbound events page API (%s)', (mode) => {
  let f: AdminFixture;
  let admin: Client;
  let curator: Client;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    f = await openAdminFixture(mode);
    await addAccount(f.db, 'admin@example.org', 'admin');
    await addAccount(f.db, 'curator@example.org', 'curator');
    const past = new Date(Date.now() - 3600_000);
    const rows = await f.db
      .insert(schema.outboundEvents)
      .values([
        {
          channel: 'webhook',
          target: 'https://hooks.example.org/services/T000/SECRET-TOKEN',
          event: 'item.approved',
          subject: 'item:1',
          status: 'failed',
          attempts: 5,
          lastError: 'HTTP 500 from https://hooks.example.org/services/T000/SECRET-TOKEN: busy',
        },
        {
          channel: 'mastodon',
          target: 'https://social.example.org',
          event: 'item.featured',
          subject: 'item:2',
          status: 'sent',
          attempts: 1,
          sentAt: past,
        },
        {
          channel: 'websub',
          target: 'https://hub.example.org/?token=abc',
          event: 'feed.updated',
          subject: 'item:2',
          status: 'pending',
          attempts: 2,
          lastError: 'timeout',
          nextAttemptAt: new Date(Date.now() + 600_000),
        },
        {
          channel: 'bluesky',
          target: 'https://bsky.social',
          event: 'item.featured',
          subject: 'item:3',
          status: 'failed',
          attempts: 5,
          lastError: 'invalid app password',
        },
        {
          channel: 'webhook',
          target: 'https://hooks.example.org/x',
          event: 'item.approved',
          subject: 'item:4',
        },
      ])
      .returning({
        id: schema.outboundEvents.id,
        subject: schema.outboundEvents.subject,
        channel: schema.outboundEvents.channel,
      });
    for (const r of rows) ids[`${r.channel}:${r.subject}`] = r.id;
    admin = await logInClient(f.app, 'admin@example.org');
    curator = await logInClient(f.app, 'curator@example.org');
  }, 300_000);
  afterAll(() => f?.close());

  it('lists failed events first, then the rest newest first, with attempts, error and next attempt', async () => {
    const response = await admin.request('GET', '/api/admin/outbound');
    expect(response.statusCode).toBe(200);
    const events = response.json().events as Array<Record<string, unknown>>;
    expect(events.map((e) => `${e.channel}:${e.subject}`)).toEqual([
      'bluesky:item:3',
      'webhook:item:1',
      'webhook:item:4',
      'websub:item:2',
      'mastodon:item:2',
    ]);
    expect(events[1]).toMatchObject({
      status: 'failed',
      attempts: 5,
      last_error: 'HTTP 500 from https://hooks.example.org/…: busy',
      next_attempt_at: null,
      target: 'https://hooks.example.org/…',
    });
    expect(events[3]).toMatchObject({ status: 'pending', attempts: 2, last_error: 'timeout' });
    expect(Date.parse(String(events[3]!.next_attempt_at))).toBeGreaterThan(Date.now());
    expect(events[4]!.sent_at).not.toBeNull();
    expect(JSON.stringify(events)).not.toMatch(/SECRET|token=abc|payload/);
  });

  it('filters by status and limits', async () => {
    const failed = (await admin.request('GET', '/api/admin/outbound?status=failed')).json().events;
    expect(failed.map((e: { channel: string }) => e.channel)).toEqual(['bluesky', 'webhook']);
    const sent = (await admin.request('GET', '/api/admin/outbound?status=sent')).json().events;
    expect(sent).toHaveLength(1);
    const one = (await admin.request('GET', '/api/admin/outbound?limit=1')).json().events;
    expect(one.map((e: { channel: string }) => e.channel)).toEqual(['bluesky']);
    expect((await admin.request('GET', '/api/admin/outbound?status=lost')).statusCode).toBe(400);
    expect((await admin.request('GET', '/api/admin/outbound?limit=0')).statusCode).toBe(400);
  });

  it('retries a failed event: it is queued again from zero attempts, and the retry is audited', async () => {
    const id = ids['webhook:item:1']!;
    const retried = await admin.request('POST', `/api/admin/outbound/${id}/retry`, {});
    expect(retried.statusCode).toBe(200);
    expect(retried.json().event).toMatchObject({ id, status: 'pending', attempts: 0 });
    // The publisher's next claim picks it up.
    const claimed = await claimOutboundEvent(f.db, 'webhook');
    expect(claimed?.id).toBe(id);
    const again = await admin.request('POST', `/api/admin/outbound/${id}/retry`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'NOT_FAILED' });
    expect(again.json().error).toMatch(/is sending; only a failed event is retried/);
    expect((await admin.request('POST', '/api/admin/outbound/999999/retry', {})).statusCode).toBe(404);
    const [entry] = (await admin.request('GET', '/api/admin/audit?action=outbound.retry')).json().entries;
    expect(entry).toMatchObject({
      actor: 'admin@example.org',
      entity: 'outbound_event',
      entity_id: String(id),
      before: {
        status: 'failed',
        attempts: 5,
        last_error: 'HTTP 500 from https://hooks.example.org/…: busy',
      },
      after: { status: 'pending', attempts: 0 },
    });
    const [other] = await f.db
      .select()
      .from(schema.outboundEvents)
      .where(eq(schema.outboundEvents.id, ids['bluesky:item:3']!));
    expect(other?.status).toBe('failed');
  });

  it('answers 401 without a session, 403 to a curator and 403 without the CSRF token', async () => {
    const id = ids['bluesky:item:3']!;
    expect((await f.app.inject({ method: 'GET', url: '/api/admin/outbound' })).statusCode).toBe(401);
    expect(
      (await f.app.inject({ method: 'POST', url: `/api/admin/outbound/${id}/retry`, payload: {} }))
        .statusCode,
    ).toBe(401);
    expect((await curator.request('GET', '/api/admin/outbound')).statusCode).toBe(403);
    expect((await curator.request('POST', `/api/admin/outbound/${id}/retry`, {})).statusCode).toBe(403);
    const noCsrf = await f.app.inject({
      method: 'POST',
      url: `/api/admin/outbound/${id}/retry`,
      payload: {},
      headers: { cookie: admin.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('CSRF');
  });
});

describe('outbound target shown to admins', () => {
  it('keeps the origin and hides a path or query that may hold a secret', () => {
    expect(maskTarget('https://social.example.org')).toBe('https://social.example.org');
    expect(maskTarget('https://social.example.org/')).toBe('https://social.example.org');
    expect(maskTarget('https://hooks.example.org/services/T0/B0/XYZ')).toBe('https://hooks.example.org/…');
    expect(maskTarget('https://hub.example.org/?hub.secret=1')).toBe('https://hub.example.org/…');
    expect(maskTarget('not a url')).toBe('…');
  });
});
