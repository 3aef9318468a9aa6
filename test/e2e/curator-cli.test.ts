// `mipas users add` and `mipas items approve|reject|hold` through the real command line.
import { openDatabase, schema } from '@mipas/db';
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
});
