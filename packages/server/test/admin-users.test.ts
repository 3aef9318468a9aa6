// Account management through the admin API on both database kinds: roles, CSRF, the last-admin
// guard, disabling (sessions die, login refused), password resets, and an audit without secrets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES } from '../../../test/support/modes';
import {
  type AdminFixture,
  addAccount,
  type Client,
  logIn,
  logInClient,
  openAdminFixture,
} from './admin-fixtures';

describe.each(MODES)('users API (%s)', (mode) => {
  let f: AdminFixture;
  let admin: Client;
  let curator: Client;
  let adminId: number;

  beforeAll(async () => {
    f = await openAdminFixture(mode);
    adminId = (await addAccount(f.db, 'root@example.org', 'admin')).id;
    await addAccount(f.db, 'cur@example.org', 'curator');
    admin = await logInClient(f.app, 'root@example.org');
    curator = await logInClient(f.app, 'cur@example.org');
  }, 300_000);
  afterAll(() => f?.close());

  it('answers 401 without a session, 403 to a curator and 403 without the CSRF token', async () => {
    const routes: Array<[string, string, unknown]> = [
      ['GET', '/api/admin/users', undefined],
      ['POST', '/api/admin/users', { email: 'x@example.org', role: 'analyst' }],
      ['PATCH', `/api/admin/users/${adminId}`, { role: 'curator' }],
      ['POST', `/api/admin/users/${adminId}/password`, {}],
    ];
    for (const [method, url, payload] of routes) {
      const anonymous = await f.app.inject({
        method: method as 'POST',
        url,
        ...(payload ? { payload: payload as object } : {}),
      });
      expect(anonymous.statusCode, `${method} ${url}`).toBe(401);
      const asCurator = await curator.request(method, url, payload);
      expect(asCurator.statusCode, `${method} ${url}`).toBe(403);
      expect(asCurator.json().code).toBe('FORBIDDEN');
      if (method === 'GET') continue;
      const noCsrf = await f.app.inject({
        method: method as 'POST',
        url,
        payload: payload as object,
        headers: { cookie: admin.cookie },
      });
      expect(noCsrf.statusCode, `${method} ${url}`).toBe(403);
      expect(noCsrf.json().code).toBe('CSRF');
    }
    const list = (await admin.request('GET', '/api/admin/users')).json().users;
    expect(list.map((u: { email: string }) => u.email)).toEqual(['cur@example.org', 'root@example.org']);
    expect(list[1]).toMatchObject({ role: 'admin', disabled: false });
    expect(list[1].last_login_at).not.toBeNull();
    expect(JSON.stringify(list)).not.toMatch(/argon2|password/i);
  });

  it('adds a user with a generated password shown once, who can then log in', async () => {
    const added = await admin.request('POST', '/api/admin/users', {
      email: 'New.Person@Example.org',
      role: 'analyst',
    });
    expect(added.statusCode).toBe(201);
    const { user, password } = added.json();
    expect(user).toMatchObject({ email: 'new.person@example.org', role: 'analyst', disabled: false });
    expect(password).toMatch(/^[\w-]{20}$/);
    expect((await logIn(f.app, 'new.person@example.org', password)).response.statusCode).toBe(200);
    const again = await admin.request('POST', '/api/admin/users', {
      email: 'new.person@example.org',
      role: 'curator',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('USER_EXISTS');

    const chosen = await admin.request('POST', '/api/admin/users', {
      email: 'chosen@example.org',
      role: 'curator',
      password: 'a passphrase the admin chose',
    });
    expect(chosen.statusCode).toBe(201);
    expect(chosen.json().password).toBeUndefined();
    expect(
      (await logIn(f.app, 'chosen@example.org', 'a passphrase the admin chose')).response.statusCode,
    ).toBe(200);
    const short = await admin.request('POST', '/api/admin/users', {
      email: 'short@example.org',
      role: 'curator',
      password: 'short',
    });
    expect(short.statusCode).toBe(400);
    const badEmail = await admin.request('POST', '/api/admin/users', {
      email: 'not an e-mail',
      role: 'curator',
    });
    expect(badEmail.statusCode).toBe(400);
    const badRole = await admin.request('POST', '/api/admin/users', {
      email: 'r@example.org',
      role: 'owner',
    });
    expect(badRole.statusCode).toBe(400);
  });

  it('refuses to demote or disable the last active admin, and allows it once there is another', async () => {
    const demote = await admin.request('PATCH', `/api/admin/users/${adminId}`, { role: 'curator' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json()).toMatchObject({ code: 'LAST_ADMIN' });
    expect(demote.json().error).toMatch(/last active admin/);
    const disable = await admin.request('PATCH', `/api/admin/users/${adminId}`, { disabled: true });
    expect(disable.statusCode).toBe(409);
    expect((await admin.request('GET', '/api/admin/session')).statusCode).toBe(200);

    const second = (
      await admin.request('POST', '/api/admin/users', { email: 'second@example.org', role: 'admin' })
    ).json();
    // A disabled admin does not count as the other admin.
    expect(
      (await admin.request('PATCH', `/api/admin/users/${second.user.id}`, { disabled: true })).statusCode,
    ).toBe(200);
    expect(
      (await admin.request('PATCH', `/api/admin/users/${adminId}`, { role: 'curator' })).statusCode,
    ).toBe(409);
    expect(
      (await admin.request('PATCH', `/api/admin/users/${second.user.id}`, { disabled: false })).statusCode,
    ).toBe(200);
    const demoted = await admin.request('PATCH', `/api/admin/users/${adminId}`, { role: 'curator' });
    expect(demoted.statusCode).toBe(200);
    expect(demoted.json().user.role).toBe('curator');
    // The role counts from the next request on: the demoted admin's session is a curator's now.
    expect((await admin.request('GET', '/api/admin/users')).statusCode).toBe(403);
    const { response } = await logIn(f.app, 'second@example.org', second.password);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'mipas_session')!;
    const restore = await f.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${adminId}`,
      headers: { cookie: `mipas_session=${cookie.value}`, 'x-csrf-token': response.json().csrf },
      payload: { role: 'admin' },
    });
    expect(restore.statusCode).toBe(200);
    expect((await admin.request('GET', '/api/admin/users')).statusCode).toBe(200);
  });

  it('disables a user: its live session dies and it cannot log in until enabled again', async () => {
    const victim = await addAccount(f.db, 'leaving@example.org', 'curator');
    const session = await logInClient(f.app, 'leaving@example.org');
    expect((await session.request('GET', '/api/admin/items')).statusCode).toBe(200);
    const disabled = await admin.request('PATCH', `/api/admin/users/${victim.id}`, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().user.disabled).toBe(true);
    expect((await session.request('GET', '/api/admin/items')).statusCode).toBe(401);
    const refused = await logIn(f.app, 'leaving@example.org');
    expect(refused.response.statusCode).toBe(401);
    expect(refused.cookie).toBeUndefined();
    // Enabling does not bring the old session back, but a new login works.
    await admin.request('PATCH', `/api/admin/users/${victim.id}`, { disabled: false });
    expect((await session.request('GET', '/api/admin/items')).statusCode).toBe(401);
    expect((await logIn(f.app, 'leaving@example.org')).response.statusCode).toBe(200);
    expect((await admin.request('PATCH', '/api/admin/users/99999', { disabled: true })).statusCode).toBe(404);
  });

  it('resets a password: the new one is shown once, the old one and its sessions stop working', async () => {
    const user = await addAccount(f.db, 'forgetful@example.org', 'analyst');
    const session = await logInClient(f.app, 'forgetful@example.org');
    const reset = await admin.request('POST', `/api/admin/users/${user.id}/password`, {});
    expect(reset.statusCode).toBe(200);
    const fresh = reset.json().password as string;
    expect(fresh).toMatch(/^[\w-]{20}$/);
    expect((await session.request('GET', '/api/admin/items')).statusCode).toBe(401);
    expect((await logIn(f.app, 'forgetful@example.org')).response.statusCode).toBe(401);
    expect((await logIn(f.app, 'forgetful@example.org', fresh)).response.statusCode).toBe(200);
    const chosen = await admin.request('POST', `/api/admin/users/${user.id}/password`, {
      password: 'another long passphrase',
    });
    expect(chosen.json().password).toBeUndefined();
    expect((await logIn(f.app, 'forgetful@example.org', 'another long passphrase')).response.statusCode).toBe(
      200,
    );
    // Resetting one's own password keeps the session it was done from.
    const own = await admin.request('POST', `/api/admin/users/${adminId}/password`, {
      password: 'correct horse battery staple',
    });
    expect(own.statusCode).toBe(200);
    expect((await admin.request('GET', '/api/admin/users')).statusCode).toBe(200);
  });

  it('audits every account change with before and after, and never a password or hash', async () => {
    const entries = (await admin.request('GET', '/api/admin/audit?limit=500')).json().entries as Array<{
      action: string;
      actor: string;
      entity: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown>;
    }>;
    const userEntries = entries.filter((e) => e.entity === 'user');
    const actions = userEntries.map((e) => e.action);
    expect(actions.filter((a) => a === 'user.create')).toHaveLength(3);
    expect(actions).toContain('user.update');
    expect(actions.filter((a) => a === 'user.password')).toHaveLength(3);
    const demotion = userEntries.find(
      (e) => e.action === 'user.update' && e.after.email === 'root@example.org' && e.after.role === 'curator',
    );
    expect(demotion).toMatchObject({
      actor: 'root@example.org',
      before: { email: 'root@example.org', role: 'admin', disabled: false },
      after: { email: 'root@example.org', role: 'curator', disabled: false },
    });
    const text = JSON.stringify(userEntries);
    expect(text).not.toMatch(/argon2|passphrase|hash/i);
    // The refused last-admin changes left no row.
    expect(userEntries.filter((e) => e.action === 'user.update')).toHaveLength(6);
  });
});
