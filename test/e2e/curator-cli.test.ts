// `mipas users add` and `mipas items approve|reject|hold` through the real command line.
import { createSession, findLiveSession, openDatabase, schema } from '@mipas/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertItems } from '../../packages/server/test/admin-fixtures';
import { runCli } from '../support/cli';
import { createModeEnv, type ModeEnv } from '../support/modes';

describe('curator commands', () => {
  let modeEnv: ModeEnv;
  let db: Awaited<ReturnType<typeof openDatabase>>;
  let ids: number[];

  beforeAll(async () => {
    modeEnv = await createModeEnv('server');
    db = await openDatabase({ url: modeEnv.env.DATABASE_URL });
    await db.migrate();
    ids = await insertItems(db.db, 5);
  }, 300_000);
  afterAll(async () => {
    await db?.close();
    await modeEnv?.cleanup();
  });

  it('adds accounts with a generated password shown once, or one read from stdin', {
    timeout: 120_000,
  }, async () => {
    const generated = await runCli(
      ['users', 'add', '--email', 'Editor@Example.org', '--role', 'curator'],
      modeEnv.env,
    );
    expect(generated.stderr).toBe('');
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(/^password: \S{20}$/m);
    const typed = await runCli(
      ['users', 'add', '--email', 'admin@example.org', '--role', 'admin'],
      modeEnv.env,
      'a long passphrase here\n',
    );
    expect(typed.code).toBe(0);
    expect(typed.stdout).not.toMatch(/password:/);
    const again = await runCli(
      ['users', 'add', '--email', 'editor@example.org', '--role', 'admin'],
      modeEnv.env,
      'another long passphrase\n',
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    const short = await runCli(
      ['users', 'add', '--email', 'x@example.org', '--role', 'analyst'],
      modeEnv.env,
      'short\n',
    );
    expect(short.code).toBe(2);
    const [row] = await db.db.select().from(schema.users).where(eq(schema.users.email, 'editor@example.org'));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('triages items by id and all new items of a source, audited as the named user', {
    timeout: 120_000,
  }, async () => {
    const approve = await runCli(
      ['items', 'approve', String(ids[0]), String(ids[1]), '--as', 'editor@example.org'],
      modeEnv.env,
    );
    expect(approve.stdout).toContain('2 of 2 items approved');
    const unknown = await runCli(
      ['items', 'reject', String(ids[2]), '--as', 'nobody@example.org'],
      modeEnv.env,
    );
    expect(unknown.code).toBe(2);
    const hold = await runCli(
      ['items', 'hold', '--all-new', '--source', 'fixture-source', '--as', 'admin@example.org'],
      modeEnv.env,
    );
    expect(hold.stdout).toContain('3 of 3 items on hold');
    const statuses = await db.db
      .select({ id: schema.items.id, status: schema.items.status })
      .from(schema.items)
      .orderBy(schema.items.id);
    expect(statuses.map((s) => s.status)).toEqual(['approved', 'approved', 'on_hold', 'on_hold', 'on_hold']);
    const audit = await db.db.select().from(schema.auditLog).orderBy(schema.auditLog.id);
    expect(audit.map((a) => [a.actor, a.action])).toEqual([
      ['editor@example.org', 'approved'],
      ['editor@example.org', 'approved'],
      ['admin@example.org', 'on_hold'],
      ['admin@example.org', 'on_hold'],
      ['admin@example.org', 'on_hold'],
    ]);
  });

  it('changes roles, disables and re-enables accounts, sets passwords; the last admin stays', {
    timeout: 180_000,
  }, async () => {
    const user = async (email: string) =>
      (await db.db.select().from(schema.users).where(eq(schema.users.email, email)))[0]!;
    const editor = await user('editor@example.org');
    await createSession(db.db, {
      id: 'cli-test-session',
      userId: editor.id,
      csrfToken: 'csrf',
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    expect(await findLiveSession(db.db, 'cli-test-session')).toBeDefined();

    const disable = await runCli(['users', 'set', 'editor@example.org', '--disable'], modeEnv.env);
    expect(disable.code).toBe(0);
    expect(disable.stdout).toMatch(/editor@example\.org: curator, disabled \(1 session ended\)/);
    expect((await user('editor@example.org')).disabled).toBe(true);
    expect(await findLiveSession(db.db, 'cli-test-session')).toBeUndefined();

    const enable = await runCli(
      ['users', 'set', 'editor@example.org', '--enable', '--role', 'analyst'],
      modeEnv.env,
    );
    expect(enable.code).toBe(0);
    expect(await user('editor@example.org')).toMatchObject({ disabled: false, role: 'analyst' });

    const last = await runCli(['users', 'set', 'admin@example.org', '--role', 'curator'], modeEnv.env);
    expect(last.code).toBe(2);
    expect(last.stderr).toMatch(/last active admin/);
    expect((await user('admin@example.org')).role).toBe('admin');

    const nothing = await runCli(['users', 'set', 'admin@example.org'], modeEnv.env);
    expect(nothing.code).toBe(2);
    const unknown = await runCli(['users', 'set', 'nobody@example.org', '--disable'], modeEnv.env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no account/);

    const before = (await user('editor@example.org')).passwordHash;
    const password = await runCli(['users', 'password', 'editor@example.org'], modeEnv.env);
    expect(password.code).toBe(0);
    expect(password.stdout).toMatch(/^password: \S{20}$/m);
    expect((await user('editor@example.org')).passwordHash).not.toBe(before);

    const list = await runCli(['users', 'list'], modeEnv.env);
    expect(list.stdout).toMatch(/EMAIL +ROLE +DISABLED +LOCKED +LAST LOGIN/);
    const audit = await db.db.select().from(schema.auditLog).where(eq(schema.auditLog.entity, 'user'));
    expect(audit.map((a) => [a.actor, a.action])).toEqual([
      ['cli', 'user.update'],
      ['cli', 'user.update'],
      ['cli', 'user.password'],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/argon2|password: \S{20}/);
  });
});
