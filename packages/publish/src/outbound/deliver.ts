// Works through due outbound events until none is left: claim one, send it, record the outcome.
import type { Config, Logger } from '@mipas/core';
import { claimOutboundEvent, type Db, markOutboundFailed, markOutboundSent } from '@mipas/db';
import { sendOutboundEvent } from './send';

export interface DeliverOptions {
  maxAttempts?: number;
  /** First retry delay; each further retry waits twice as long. */
  baseDelayMs?: number;
}

export async function deliverOutboundEvents(
  db: Db,
  config: Config,
  log: Logger,
  options: DeliverOptions = {},
): Promise<{ sent: number; failed: number }> {
  const counts = { sent: 0, failed: 0 };
  for (;;) {
    const event = await claimOutboundEvent(db);
    if (!event) return counts;
    const outcome = await sendOutboundEvent(event, config);
    if (outcome.ok) {
      await markOutboundSent(db, event.id, outcome.remoteId);
      counts.sent++;
      continue;
    }
    counts.failed++;
    log.warn('outbound event failed', { event_id: event.id, channel: event.channel, error: outcome.error });
    await markOutboundFailed(db, event, outcome.error, {
      maxAttempts: options.maxAttempts ?? 8,
      baseDelayMs: options.baseDelayMs ?? 30_000,
      retry: outcome.retry,
    });
  }
}
