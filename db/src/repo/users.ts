import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { users } from '../schema/index';

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
