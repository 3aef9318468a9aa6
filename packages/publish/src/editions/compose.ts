// Composes a digest edition from the period's approved items, then records what publication sets
// off: deliveries to the matching subscribers, webhook calls and a hub ping. Composing the same
// period again returns the stored edition and adds nothing twice.
import type { Config } from '@mipas/core';
import {
  type Db,
  type EditionRow,
  insertEdition,
  listConfirmedSubscribers,
  listPublishedItems,
  planDeliveries,
} from '@mipas/db';
import { recordEditionEvents } from '../outbound/record';
import type { EditionKind, Period } from './period';

export interface ComposeOutcome {
  edition: EditionRow;
  created: boolean;
  deliveriesPlanned: number;
}

export async function composeEdition(
  db: Db,
  config: Config,
  period: Period,
  intro: Record<string, string> = {},
): Promise<ComposeOutcome> {
  const found = await listPublishedItems(db, { since: period.start, until: period.end, limit: 1000 });
  const { edition, created } = await insertEdition(db, {
    kind: period.kind,
    slug: period.slug,
    periodStart: period.start,
    periodEnd: period.end,
    intro,
    itemIds: found.map((i) => i.id),
  });
  const deliveriesPlanned = await planEditionDeliveries(db, edition);
  if (created) await recordEditionEvents(db, config, edition);
  return { edition, created, deliveriesPlanned };
}

/** Creates a delivery row for every confirmed subscriber of the edition's frequency. */
export async function planEditionDeliveries(db: Db, edition: EditionRow): Promise<number> {
  const subscribers = await listConfirmedSubscribers(db, edition.kind as EditionKind);
  return planDeliveries(
    db,
    edition.id,
    subscribers.map((s) => s.id),
  );
}
