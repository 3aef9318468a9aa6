// The publishing worker: records approval events, delivers outbound events and sends due
// edition deliveries. The database rows are the queue (claimed with SKIP LOCKED), so several
// workers can run side by side and a restart resumes where the last one stopped.
import type { Config, Logger } from '@mipas/core';
import { type Db, listEditionsWithDueDeliveries } from '@mipas/db';
import type { Transporter } from 'nodemailer';
import { sendEdition } from './mail/send-edition';
import { deliverOutboundEvents } from './outbound/deliver';
import { recordApprovals } from './outbound/record';

export interface PublishingPass {
  recorded: number;
  outbound: { sent: number; failed: number };
  mail: { sent: number; failed: number };
}

export async function runPublishingPass(
  db: Db,
  config: Config,
  log: Logger,
  mailer: Transporter | undefined,
): Promise<PublishingPass> {
  const recorded = await recordApprovals(db, config);
  const outbound = await deliverOutboundEvents(db, config, log);
  const mail = { sent: 0, failed: 0 };
  if (mailer) {
    for (const editionId of await listEditionsWithDueDeliveries(db)) {
      const counts = await sendEdition(db, config, mailer, log, editionId);
      mail.sent += counts.sent;
      mail.failed += counts.failed;
    }
  }
  return { recorded, outbound, mail };
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
  while (!signal.aborted) {
    try {
      const pass = await runPublishingPass(db, config, log, mailer);
      if (pass.recorded || pass.outbound.sent || pass.mail.sent) log.info('publishing pass', { ...pass });
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
