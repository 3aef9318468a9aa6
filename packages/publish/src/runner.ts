// The publishing worker: composes the editions of periods that ended, records approval events,
// delivers outbound events and sends due edition deliveries. The database rows are the queue
// (claimed with SKIP LOCKED), so several workers can run side by side and a restart resumes where
// the last one stopped.
import type { Config, Logger } from '@mipas/core';
import { type Db, getEditionBySlug, listEditionsWithDueDeliveries, listPublishedItems } from '@mipas/db';
import type { Transporter } from 'nodemailer';
import { composeEdition } from './editions/compose';
import { EDITION_KINDS, lastCompletePeriod } from './editions/period';
import { setDisplayTimeZone } from './i18n';
import { sendEdition } from './mail/send-edition';
import { deliverOutboundEvents } from './outbound/deliver';
import { recordApprovals } from './outbound/record';
import { logOutboundStatus, type OutboundStatus, outboundStatus } from './outbound/status';

export interface PublishingPass {
  /** Slugs of the editions composed in this pass. */
  composed: string[];
  recorded: number;
  outbound: { sent: number; failed: number };
  /** What is left in the outbound queue after this pass, per channel. */
  backlog: OutboundStatus;
  mail: { sent: number; failed: number };
}

export async function runPublishingPass(
  db: Db,
  config: Config,
  log: Logger,
  mailer: Transporter | undefined,
): Promise<PublishingPass> {
  setDisplayTimeZone(config.timezone);
  const composed = await composeDueEditions(db, config, new Date());
  const recorded = await recordApprovals(db, config);
  const outbound = await deliverOutboundEvents(db, config, log);
  const backlog = await outboundStatus(db, config);
  const mail = { sent: 0, failed: 0 };
  if (mailer) {
    for (const editionId of await listEditionsWithDueDeliveries(db)) {
      const counts = await sendEdition(db, config, mailer, log, editionId);
      mail.sent += counts.sent;
      mail.failed += counts.failed;
    }
  }
  return { composed, recorded, outbound, backlog, mail };
}

/**
 * Composes the last complete daily and weekly editions once each, when they have items; periods
 * end at midnight in MIPAS_TIMEZONE.
 */
export async function composeDueEditions(db: Db, config: Config, now: Date): Promise<string[]> {
  const composed: string[] = [];
  for (const kind of EDITION_KINDS) {
    const period = lastCompletePeriod(kind, now, config.timezone);
    if (await getEditionBySlug(db, period.slug)) continue;
    const found = await listPublishedItems(db, { since: period.start, until: period.end, limit: 1 });
    if (found.length === 0) continue;
    await composeEdition(db, config, period);
    composed.push(period.slug);
  }
  return composed;
}

/** Runs passes until the signal aborts, pausing `intervalMs` between them. */
export async function runPublishingWorker(
  db: Db,
  config: Config,
  log: Logger,
  mailer: Transporter | undefined,
  signal: AbortSignal,
  intervalMs = 10_000,
): Promise<void> {
  let backlog = new Map<string, string>();
  while (!signal.aborted) {
    try {
      const { backlog: counts, ...pass } = await runPublishingPass(db, config, log, mailer);
      if (pass.composed.length || pass.recorded || pass.outbound.sent || pass.mail.sent)
        log.info('publishing pass', { ...pass });
      backlog = logOutboundStatus(log, counts, backlog);
    } catch (err) {
      log.error('publishing pass failed', { error: err as Error });
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, intervalMs);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
