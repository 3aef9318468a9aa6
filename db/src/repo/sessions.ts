import { and, eq, gt, isNull, ne } from 'drizzle-orm';
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

/** Revokes every live session of a user but `except` (the admin's own, when resetting their password). */
export async function revokeUserSessions(db: Db, userId: number, except?: string): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        except ? ne(sessions.id, except) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}
