// Test support for the curator workspace: a server on a fresh database, a source with items and
// tags inserted directly, accounts, and a logged-in client for `inject()`.
import { createUser, type Db, schema } from '@mipas/db';
import type { Runtime } from '@mipas/pipeline';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { type Mode, openModeRuntime } from '../../../test/support/modes';
import { hashPassword } from '../src/auth/passwords';
import { buildServer } from '../src/index';

export const PASSWORD = 'correct horse battery staple';

export interface AdminFixture {
  runtime: Runtime;
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

export async function openAdminFixture(mode: Mode, env: Record<string, string> = {}): Promise<AdminFixture> {
  const runtime = await openModeRuntime(mode, env);
  const app = await buildServer(runtime);
  return {
    runtime,
    app,
    db: runtime.database.db,
    close: async () => {
      await app.close();
      await runtime.close();
    },
  };
}

export async function addAccount(db: Db, email: string, role: 'admin' | 'curator' | 'analyst' = 'curator') {
  return createUser(db, { email, role, passwordHash: await hashPassword(PASSWORD) });
}

/** Inserts `count` items of one source, newest first by id; returns their ids (ascending). */
export async function insertItems(
  db: Db,
  count: number,
  options: { sourceId?: string; trusted?: boolean; title?: (i: number) => string; now?: Date } = {},
): Promise<number[]> {
  const sourceId = options.sourceId ?? 'fixture-source';
  const now = options.now ?? new Date();
  await db
    .insert(schema.sources)
    .values({
      id: sourceId,
      name: `Source ${sourceId}`,
      url: `https://example.org/${sourceId}.xml`,
      trusted: options.trusted ?? false,
    })
    .onConflictDoNothing();
  const rows = Array.from({ length: count }, (_, i) => ({
    sourceId,
    key: `${sourceId}-${i}`,
    title: options.title ? options.title(i) : `Fixture item ${i + 1} about asylum`,
    summary: `Summary of fixture item ${i + 1}`,
    url: `https://example.org/${sourceId}/${i}`,
    publishedAt: new Date(now.getTime() - (count - i) * 3600_000),
    language: i % 3 === 0 ? 'lt' : 'en',
    relevance: Math.round((i * 37) % 100) / 100,
  }));
  const inserted = await db.insert(schema.items).values(rows).returning({ id: schema.items.id });
  return inserted.map((r) => r.id).sort((a, b) => a - b);
}

export interface Client {
  csrf: string;
  cookie: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

function sessionCookie(response: LightMyRequestResponse, name: string): string | undefined {
  const cookie = response.cookies.find((c) => c.name === name);
  return cookie ? `${name}=${cookie.value}` : undefined;
}

/** Logs in through the API as a browser would: fetch a login token, post credentials. */
export async function logIn(
  app: FastifyInstance,
  email: string,
  password = PASSWORD,
  headers: Record<string, string> = {},
) {
  const start = await app.inject({ method: 'GET', url: '/api/admin/login' });
  const loginCookie = sessionCookie(start, 'mipas_login_csrf')!;
  const response = await app.inject({
    method: 'POST',
    url: '/api/admin/login',
    headers: {
      ...headers,
      cookie: [loginCookie, headers.cookie].filter(Boolean).join('; '),
      'x-csrf-token': start.json().csrf,
    },
    payload: { email, password },
  });
  return { response, cookie: sessionCookie(response, 'mipas_session') };
}

export async function logInClient(app: FastifyInstance, email: string): Promise<Client> {
  const { response, cookie } = await logIn(app, email);
  if (response.statusCode !== 200 || !cookie)
    throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const csrf = response.json().csrf as string;
  return {
    csrf,
    cookie,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }), ...headers },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}
