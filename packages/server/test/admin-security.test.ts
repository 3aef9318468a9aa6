// Security of the curator API: sessions, CSRF, login limits, headers. Runs on PGlite (cheap);
// the API test runs the same routes on PostgreSQL.
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readClientAddress } from '../src/auth/client-address';
import { AttemptLimiter } from '../src/auth/rate-limit';
import {
  type AdminFixture,
  addAccount,
  insertItems,
  logIn,
  logInClient,
  openAdminFixture,
  PASSWORD,
} from './admin-fixtures';

const WRITES: Array<[string, string, unknown]> = [
  ['POST', '/api/admin/logout', {}],
  ['POST', '/api/admin/items/1/status', { to: 'approved', version: 1 }],
  ['POST', '/api/admin/items/status', { changes: [{ id: 1, to: 'approved', version: 1 }] }],
  ['PATCH', '/api/admin/items/1', { version: 1, note: 'x' }],
  ['POST', '/api/admin/items/1/tags', { version: 1, add: [{ kind: 'topic', slug: 'asylum' }] }],
  ['POST', '/api/admin/items/1/duplicate', { version: 1, original_id: 2 }],
  ['POST', '/api/admin/items/1/split', { version: 1 }],
  ['POST', '/api/admin/items/1/original', { version: 1 }],
  ['POST', '/api/admin/undo', { audit_id: 1 }],
  ['POST', '/api/admin/rules/dry-run', { conditions: {}, action: { type: 'reject' } }],
  ['POST', '/api/admin/rules', { name: 'r', conditions: {}, action: { type: 'reject' } }],
  ['PUT', '/api/admin/rules/1', { name: 'r', conditions: {}, action: { type: 'reject' } }],
  ['POST', '/api/admin/rules/1/apply', {}],
  ['POST', '/api/admin/rules/1/undo', {}],
  ['POST', '/api/admin/sources/preview', { url: 'https://example.org/feed' }],
  ['POST', '/api/admin/sources', { url: 'https://example.org/feed', name: 'x' }],
  ['PATCH', '/api/admin/sources/fixture-source', { enabled: false }],
  ['POST', '/api/admin/sources/fixture-source/fetch', {}],
  ['POST', '/api/admin/users', { email: 'x@example.org', role: 'analyst' }],
  ['PATCH', '/api/admin/users/1', { disabled: false }],
  ['POST', '/api/admin/users/1/password', {}],
  ['POST', '/api/admin/sources/fixture-source/preview', { selectors: { item: 'li', title: 'a', link: 'a' } }],
  ['POST', '/api/admin/outbound/1/retry', {}],
];

const READS = [
  '/api/admin/items',
  '/api/admin/items/1',
  '/api/admin/items/latest',
  '/api/admin/session',
  '/api/admin/rules',
  '/api/admin/audit',
  '/api/admin/dashboard',
  '/api/admin/sources',
  '/api/admin/tags',
  '/api/admin/users',
  '/api/admin/outbound',
];

describe('curator API security', () => {
  let f: AdminFixture;
  beforeAll(async () => {
    f = await openAdminFixture('embedded');
    await addAccount(f.db, 'admin@example.org', 'admin');
    await addAccount(f.db, 'victim@example.org', 'curator');
    await insertItems(f.db, 3);
  }, 300_000);
  afterAll(() => f?.close());

  it('answers 401 on every admin route without a session', async () => {
    for (const url of READS) expect((await f.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    for (const [method, url, payload] of WRITES)
      expect(
        (await f.app.inject({ method: method as 'POST', url, payload: payload as object })).statusCode,
        url,
      ).toBe(401);
  });

  it('refuses every state-changing route without the CSRF token (403), and with a wrong one', async () => {
    const client = await logInClient(f.app, 'admin@example.org');
    for (const [method, url, payload] of WRITES) {
      const missing = await f.app.inject({
        method: method as 'POST',
        url,
        payload: payload as object,
        headers: { cookie: client.cookie },
      });
      expect(missing.statusCode, `${method} ${url}`).toBe(403);
      expect(missing.json().code).toBe('CSRF');
      const wrong = await client.request(method, url, payload, { 'x-csrf-token': 'forged' });
      expect(wrong.statusCode, `${method} ${url} forged`).toBe(403);
    }
    const login = await f.app.inject({
      method: 'POST',
      url: '/api/admin/login',
      payload: { email: 'admin@example.org', password: PASSWORD },
    });
    expect(login.statusCode).toBe(403);
  });

  it('revokes the session on logout: the old cookie then answers 401', async () => {
    const client = await logInClient(f.app, 'admin@example.org');
    expect((await client.request('GET', '/api/admin/items')).statusCode).toBe(200);
    expect((await client.request('POST', '/api/admin/logout', {})).statusCode).toBe(200);
    expect((await client.request('GET', '/api/admin/items')).statusCode).toBe(401);
  });

  it('rotates the session on login: the cookie sent along with a new login stops working', async () => {
    const first = await logInClient(f.app, 'admin@example.org');
    const again = await logIn(f.app, 'admin@example.org', PASSWORD, { cookie: first.cookie });
    expect(again.response.statusCode).toBe(200);
    expect(again.cookie).not.toBe(first.cookie);
    expect((await first.request('GET', '/api/admin/items')).statusCode).toBe(401);
  });

  it('locks an account after 50 wrong passwords whatever X-Forwarded-For claims', async () => {
    const codes = new Set<number>();
    for (let i = 0; i < 50; i++) {
      const { response } = await logIn(f.app, 'victim@example.org', `wrong-${i}`, {
        'x-forwarded-for': `10.0.${i}.1`,
      });
      codes.add(response.statusCode);
    }
    expect([...codes].every((c) => c === 401 || c === 429)).toBe(true);
    const right = await logIn(f.app, 'victim@example.org', PASSWORD, { 'x-forwarded-for': '192.0.2.77' });
    expect(right.response.statusCode).toBe(429);
    expect(right.cookie).toBeUndefined();
  });

  it('sends a CSP forbidding inline script and framing on the app and the API', async () => {
    for (const url of ['/admin', '/api/admin/items']) {
      const response = await f.app.inject({ method: 'GET', url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    const shell = await f.app.inject({ method: 'GET', url: '/admin' });
    expect(shell.body).not.toMatch(/<script>[^<]/);
  });

  it('keeps an analyst to reading', async () => {
    await addAccount(f.db, 'reader@example.org', 'analyst');
    const reader = await logInClient(f.app, 'reader@example.org');
    expect((await reader.request('GET', '/api/admin/items')).statusCode).toBe(200);
    expect(
      (await reader.request('POST', '/api/admin/items/1/status', { to: 'approved', version: 1 })).statusCode,
    ).toBe(403);
    expect((await reader.request('GET', '/api/admin/audit')).statusCode).toBe(403);
  });
});

describe('client address for login limits', () => {
  const request = (xff: string | undefined) =>
    ({
      raw: { socket: { remoteAddress: '198.51.100.7' } },
      headers: xff ? { 'x-forwarded-for': xff } : {},
    }) as unknown as FastifyRequest;

  it('ignores X-Forwarded-For unless a proxy is configured, then takes the entry the proxy added', () => {
    expect(readClientAddress(request('10.0.0.1'), false)).toBe('198.51.100.7');
    expect(readClientAddress(request('10.0.0.1, 203.0.113.9'), true)).toBe('203.0.113.9');
    expect(readClientAddress(request(undefined), true)).toBe('198.51.100.7');
  });

  it('blocks an address after its failures within the window, and forgets them after it', () => {
    const limiter = new AttemptLimiter(3, 1000);
    for (let i = 0; i < 3; i++) limiter.recordFailure('a', 10_000 + i);
    expect(limiter.isBlocked('a', 10_500)).toBe(true);
    expect(limiter.isBlocked('b', 10_500)).toBe(false);
    expect(limiter.isBlocked('a', 11_500)).toBe(false);
  });
});
