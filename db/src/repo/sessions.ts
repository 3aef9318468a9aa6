import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { sessions, users } from '../schema/index';
import type { UserRow } from './users';

export type SessionRow = typeof sessions.$inferSelect;

export async function createSession(
  db: Db,
  session: { id: string; userId: number; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db.insert(sessions).values(session);
}

/** The live session with this hashed id and its user, or nothing when revoked or expired. */
export async function findLiveSession(
  db: Db,
  id: string,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, id),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, new Date()),
        eq(users.disabled, false),
      ),
    );
  return row;
}

export async function revokeSession(db: Db, id: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, id));
}
