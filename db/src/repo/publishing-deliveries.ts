// E-mail deliveries of editions. The (edition, subscriber) row is claimed before the message is
// handed to SMTP; a claimed row is never claimed again, so no restart sends an edition twice.
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { deliveries, subscribers } from '../schema/index';

export type DeliveryRow = typeof deliveries.$inferSelect;

/** Creates the missing delivery rows for an edition; existing rows are left alone. */
export async function planDeliveries(db: Db, editionId: number, subscriberIds: number[]): Promise<number> {
  let created = 0;
  for (let i = 0; i < subscriberIds.length; i += 500) {
    const chunk = subscriberIds.slice(i, i + 500).map((subscriberId) => ({ editionId, subscriberId }));
    const rows = await db
      .insert(deliveries)
      .values(chunk)
      .onConflictDoNothing()
      .returning({ id: deliveries.id });
    created += rows.length;
  }
  return created;
}

/**
 * Takes the next due delivery of an edition and marks it `sending` in one statement. Rows of
 * subscribers who left in the meantime are skipped for good.
 */
export async function claimDelivery(db: Db, editionId: number): Promise<DeliveryRow | undefined> {
  await db
    .update(deliveries)
    .set({ status: 'skipped' })
    .where(
      and(
        eq(deliveries.editionId, editionId),
        eq(deliveries.status, 'pending'),
        sql`${deliveries.subscriberId} in (select ${subscribers.id} from ${subscribers} where ${subscribers.status} <> 'confirmed')`,
      ),
    );
  const result = await db.execute<{ id: number }>(sql`
    update ${deliveries} set status = 'sending', claimed_at = now(), attempts = attempts + 1
    where id = (
      select id from ${deliveries}
      where edition_id = ${editionId} and status = 'pending' and next_attempt_at <= now()
      order by id limit 1 for update skip locked
    )
    returning id`);
  const id = (result as unknown as { rows: Array<{ id: number }> }).rows[0]?.id;
  if (id === undefined) return undefined;
  const [row] = await db
    .select()
    .from(deliveries)
    .where(eq(deliveries.id, Number(id)));
  return row;
}

export async function markDeliverySent(db: Db, id: number): Promise<void> {
  await db
    .update(deliveries)
    .set({ status: 'sent', sentAt: new Date(), lastError: null })
    .where(eq(deliveries.id, id));
}

/**
 * Records a refusal the SMTP server answered with: the message did not leave, so a later
 * attempt is safe. After the last attempt the row stays `failed`.
 */
export async function markDeliveryRefused(
  db: Db,
  row: DeliveryRow,
  error: string,
  maxAttempts: number,
): Promise<void> {
  const retry = row.attempts < maxAttempts;
  const delayMs = 60_000 * 2 ** (row.attempts - 1);
  await db
    .update(deliveries)
    .set({
      status: retry ? 'pending' : 'failed',
      lastError: error.slice(0, 500),
      nextAttemptAt: new Date(Date.now() + delayMs),
    })
    .where(eq(deliveries.id, row.id));
}

/** Counts per status for one edition (admins see `sending` rows a crash left behind). */
export async function countDeliveries(db: Db, editionId: number): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: deliveries.status, n: sql<number>`count(*)::int` })
    .from(deliveries)
    .where(eq(deliveries.editionId, editionId))
    .groupBy(deliveries.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Editions with deliveries due now. */
export async function listEditionsWithDueDeliveries(db: Db): Promise<number[]> {
  const rows = await db
    .selectDistinct({ editionId: deliveries.editionId })
    .from(deliveries)
    .where(and(eq(deliveries.status, 'pending'), lte(deliveries.nextAttemptAt, new Date())));
  return rows.map((r) => r.editionId);
}

/** Records an error on a delivery and leaves it in `status` (sending: outcome unknown; skipped). */
export async function noteDeliveryError(db: Db, id: number, status: string, error: string): Promise<void> {
  await db
    .update(deliveries)
    .set({ status, lastError: error.slice(0, 500) })
    .where(eq(deliveries.id, id));
}
