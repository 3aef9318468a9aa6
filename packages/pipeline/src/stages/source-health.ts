// A source's health after each attempt: failures counted, the next poll scheduled (adapted to
// how often the source publishes, backed off after failures), a gone source disabled.
import type { NewSource, SourceRow } from '@mipas/db';
import { nextPollDelay } from '../interval';
import type { StageContext } from '../types';

const MIN_POLL_MS = 10 * 60_000;
const MAX_POLL_MS = 24 * 3600_000;
const RATE_WINDOW_DAYS = 7;

function bounds(source: SourceRow) {
  const base = source.pollMinutes * 60_000;
  return { baseIntervalMs: base, minMs: Math.min(MIN_POLL_MS, base), maxMs: Math.max(MAX_POLL_MS, base) };
}

/** What a successful attempt changes on the source; `extra` (e.g. validators) goes in the same write. */
export async function recordSourceSuccess(
  ctx: StageContext,
  source: SourceRow,
  extra: Partial<NewSource> = {},
): Promise<void> {
  const now = new Date();
  // Until a week of history exists, the configured interval holds (and nothing is counted).
  const known = now.getTime() - source.createdAt.getTime() > RATE_WINDOW_DAYS * 24 * 3600_000;
  const recent = known ? await ctx.batched.itemsPublishedSince(source.id, RATE_WINDOW_DAYS) : 0;
  const delay = nextPollDelay({
    ...bounds(source),
    consecutiveFailures: 0,
    observedItemsPerDay: known ? recent / RATE_WINDOW_DAYS : undefined,
    random: Math.random,
  });
  await ctx.batched.updateSource(source.id, {
    ...extra,
    lastSuccessAt: now,
    consecutiveFailures: 0,
    lastError: null,
    nextFetchAt: new Date(now.getTime() + delay),
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
  const delay = nextPollDelay({
    ...bounds(source),
    consecutiveFailures: failures,
    retryAfterMs,
    random: Math.random,
  });
  await ctx.batched.updateSource(source.id, {
    consecutiveFailures: failures,
    lastError: message,
    lastFetchedAt: now,
    nextFetchAt: new Date(now.getTime() + delay),
    ...(gone ? { enabled: false, disabledReason: `the source answered 410 Gone: ${message}` } : {}),
  });
}
