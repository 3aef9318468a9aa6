// E-mail subscribers. Addresses are read only by the mailer; nothing here lists them for display.
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { subscribers } from '../schema/index';

export type SubscriberRow = typeof subscribers.$inferSelect;

export interface SubscriptionRequest {
  email: string;
  language: string;
  topics: string[];
  frequency: 'daily' | 'weekly';
}

function createToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Records a subscription awaiting confirmation. A repeated request for a known address updates its
 * choices and issues a fresh token; a confirmed subscription stays confirmed only after the new
 * link is followed, so nobody can change another person's choices silently.
 */
export async function requestSubscription(db: Db, request: SubscriptionRequest): Promise<SubscriberRow> {
  const email = request.email.trim().toLowerCase();
  const values = { ...request, email, token: createToken(), status: 'pending' };
  const [row] = await db
    .insert(subscribers)
    .values(values)
    .onConflictDoUpdate({
      target: subscribers.email,
      set: {
        language: values.language,
        topics: values.topics,
        frequency: values.frequency,
        token: values.token,
        status: sql`case when ${subscribers.status} = 'confirmed' then 'confirmed' else 'pending' end`,
      },
    })
    .returning();
  return row!;
}

export async function confirmSubscription(db: Db, token: string): Promise<SubscriberRow | undefined> {
  const [row] = await db
    .update(subscribers)
    .set({ status: 'confirmed', confirmedAt: new Date(), unsubscribedAt: null })
    .where(eq(subscribers.token, token))
    .returning();
  return row;
}

/** Idempotent: a second click on the same link answers the same. */
export async function unsubscribe(db: Db, token: string): Promise<SubscriberRow | undefined> {
  const [row] = await db
    .update(subscribers)
    .set({ status: 'unsubscribed', unsubscribedAt: sql`coalesce(${subscribers.unsubscribedAt}, now())` })
    .where(eq(subscribers.token, token))
    .returning();
  return row;
}

/** The language of the subscription behind a token, for the pages its links open. */
export async function getSubscriptionLanguage(db: Db, token: string): Promise<string | undefined> {
  const [row] = await db
    .select({ language: subscribers.language })
    .from(subscribers)
    .where(eq(subscribers.token, token));
  return row?.language;
}

export async function getSubscriber(db: Db, id: number): Promise<SubscriberRow | undefined> {
  const [row] = await db.select().from(subscribers).where(eq(subscribers.id, id));
  return row;
}

/** Counts per status and frequency, for admins; never addresses. */
export async function countSubscribers(
  db: Db,
): Promise<Array<{ status: string; frequency: string; n: number }>> {
  return db
    .select({ status: subscribers.status, frequency: subscribers.frequency, n: sql<number>`count(*)::int` })
    .from(subscribers)
    .groupBy(subscribers.status, subscribers.frequency)
    .orderBy(subscribers.status, subscribers.frequency);
}

export async function listConfirmedSubscribers(db: Db, frequency: string): Promise<SubscriberRow[]> {
  return db
    .select()
    .from(subscribers)
    .where(and(eq(subscribers.status, 'confirmed'), eq(subscribers.frequency, frequency)));
}
