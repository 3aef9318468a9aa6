import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { users } from '../schema/index';
import { type NewAudit, recordAudit } from './audit';

export type UserRow = typeof users.$inferSelect;
export const USER_ROLES = ['admin', 'curator', 'analyst'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export class UserExistsError extends Error {
  constructor(email: string) {
    super(`a user with e-mail ${email} already exists`);
    this.name = 'UserExistsError';
  }
}

export async function createUser(
  db: Db,
  user: { email: string; role: UserRole; passwordHash: string; locale?: string },
): Promise<UserRow> {
  const email = user.email.trim().toLowerCase();
  const [row] = await db
    .insert(users)
    .values({ ...user, email })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new UserExistsError(email);
  return row;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row;
}

export async function getUser(db: Db, id: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export function listUsers(db: Db): Promise<UserRow[]> {
  return db.select().from(users).orderBy(users.email);
}

/** Counts a wrong password; at `limit` the account locks for `lockMs`. Returns the new count. */
export async function recordFailedLogin(db: Db, id: number, limit: number, lockMs: number): Promise<number> {
  const [row] = await db
    .update(users)
    .set({
      failedLogins: sql`${users.failedLogins} + 1`,
      lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${limit} then now() + ${`${lockMs} milliseconds`}::interval else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, id))
    .returning({ failedLogins: users.failedLogins });
  return row?.failedLogins ?? 0;
}

export async function recordSuccessfulLogin(db: Db, id: number): Promise<void> {
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() })
    .where(eq(users.id, id));
}

export class LastAdminError extends Error {
  constructor() {
    super('this is the last active admin: make another user admin before demoting or disabling this one');
    this.name = 'LastAdminError';
  }
}

export interface UserChange {
  role?: UserRole;
  disabled?: boolean;
  passwordHash?: string;
}

/**
 * Changes a user's role, disabled flag or password. Refuses (LastAdminError) a change that would
 * leave no active admin; the admins' rows are locked for the check, so two admins demoting each
 * other at once cannot both succeed. A new password also lifts a login lockout.
 */
export async function changeUser(
  db: Db,
  id: number,
  change: UserChange,
  /** Audit rows for the change, written in the same transaction. */
  audit?: (before: UserRow, after: UserRow) => NewAudit[],
): Promise<{ before: UserRow; after: UserRow } | undefined> {
  return db.transaction(async (tx) => {
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.disabled, false)))
      .orderBy(users.id)
      .for('update');
    const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!before) return undefined;
    const wasActiveAdmin = before.role === 'admin' && !before.disabled;
    const staysActiveAdmin =
      (change.role ?? before.role) === 'admin' && !(change.disabled ?? before.disabled);
    if (wasActiveAdmin && !staysActiveAdmin && admins.every((a) => a.id === id)) throw new LastAdminError();
    const [after] = await tx
      .update(users)
      .set({
        ...(change.role === undefined ? {} : { role: change.role }),
        ...(change.disabled === undefined ? {} : { disabled: change.disabled }),
        ...(change.passwordHash === undefined
          ? {}
          : { passwordHash: change.passwordHash, failedLogins: 0, lockedUntil: null }),
      })
      .where(eq(users.id, id))
      .returning();
    if (audit) await recordAudit(tx as unknown as Db, audit(before, after!));
    return { before, after: after! };
  });
}
