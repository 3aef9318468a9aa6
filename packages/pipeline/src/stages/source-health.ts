import type { SourceRow } from '@mipas/db';
import { updateSource } from '@mipas/db';
import type { StageContext } from '../types';

const MAX_BACKOFF_MS = 24 * 3600_000;

/** Delay before the next poll: the source's interval, doubled per consecutive failure. */
export function pollDelayMs(pollMinutes: number, consecutiveFailures: number): number {
  const base = pollMinutes * 60_000;
  const delay = Math.min(base * 2 ** Math.min(consecutiveFailures, 16), Math.max(base, MAX_BACKOFF_MS));
  const jitter = 1 + (Math.random() - 0.5) * 0.2;
  return Math.round(delay * jitter);
}

export async function recordSourceSuccess(ctx: StageContext, source: SourceRow): Promise<void> {
  const now = new Date();
  await updateSource(ctx.db, source.id, {
    lastSuccessAt: now,
    consecutiveFailures: 0,
    lastError: null,
    nextFetchAt: new Date(now.getTime() + pollDelayMs(source.pollMinutes, 0)),
  });
}

/** Counts a failure; a source that is gone (HTTP 410) is disabled and says why. */
export async function recordSourceFailure(
  ctx: StageContext,
  source: SourceRow,
  message: string,
  gone: boolean,
  retryAfterMs?: number,
): Promise<void> {
  const failures = source.consecutiveFailures + 1;
  const now = new Date();
  await updateSource(ctx.db, source.id, {
    consecutiveFailures: failures,
    lastError: message,
    lastFetchedAt: now,
    nextFetchAt: new Date(
      now.getTime() + Math.max(retryAfterMs ?? 0, pollDelayMs(source.pollMinutes, failures)),
    ),
    ...(gone ? { enabled: false, disabledReason: `the source answered 410 Gone: ${message}` } : {}),
  });
}
