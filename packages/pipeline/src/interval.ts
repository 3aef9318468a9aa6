// When to poll a source next. Pure: the caller passes the source's state and a random source,
// so the schedule is testable and the same inputs always give the same delay.

const DAY_MS = 24 * 3600_000;
/** ±15 %: enough that sources configured alike drift apart instead of firing together. */
const JITTER = 0.15;
/** A Retry-After beyond this is treated as this; a week is longer than any real maintenance. */
const MAX_RETRY_AFTER_MS = 7 * DAY_MS;
/** 2^40 × any sane interval is far past any cap; stops the power from reaching Infinity. */
const MAX_DOUBLINGS = 40;

export interface PollDelayInput {
  /** The source's configured interval, used until its publishing rate is known. */
  baseIntervalMs: number;
  /** Failed fetches in a row; each one doubles the delay. */
  consecutiveFailures: number;
  /** From the last 429/503; the next poll never comes sooner. */
  retryAfterMs?: number;
  /** Items the source published per day lately; the interval follows it. */
  observedItemsPerDay?: number;
  minMs: number;
  maxMs: number;
  /** Uniform in [0, 1), e.g. Math.random. */
  random: () => number;
}

function requireNumber(name: string, value: number, min: number): void {
  if (!Number.isFinite(value) || value < min) {
    throw new RangeError(`nextPollDelay: ${name} must be a finite number >= ${min}, got ${value}`);
  }
}

function validate(input: PollDelayInput): void {
  requireNumber('minMs', input.minMs, 0);
  requireNumber('maxMs', input.maxMs, input.minMs);
  requireNumber('baseIntervalMs', input.baseIntervalMs, 1);
  requireNumber('consecutiveFailures', input.consecutiveFailures, 0);
  if (input.retryAfterMs !== undefined) requireNumber('retryAfterMs', input.retryAfterMs, 0);
  if (input.observedItemsPerDay !== undefined)
    requireNumber('observedItemsPerDay', input.observedItemsPerDay, 0);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The healthy interval: one poll per expected new item, within bounds. */
function adaptInterval({ baseIntervalMs, observedItemsPerDay, minMs, maxMs }: PollDelayInput): number {
  if (observedItemsPerDay === undefined) return clamp(baseIntervalMs, minMs, maxMs);
  // A source that published nothing lately is checked as rarely as allowed.
  if (observedItemsPerDay === 0) return maxMs;
  return clamp(DAY_MS / observedItemsPerDay, minMs, maxMs);
}

/**
 * Applies jitter and folds the result back inside [min, max] (rather than clipping), so sources
 * that all sit at the cap still spread out.
 */
function jitter(delay: number, { minMs, maxMs, random }: PollDelayInput): number {
  const r = random();
  if (!(r >= 0 && r < 1))
    throw new RangeError(`nextPollDelay: random() must return a number in [0, 1), got ${r}`);
  let value = delay * (1 + (r * 2 - 1) * JITTER);
  if (value > maxMs) value = maxMs - (value - maxMs);
  if (value < minMs) value = minMs + (minMs - value);
  return clamp(value, minMs, maxMs);
}

/** Milliseconds until the next poll of a source. */
export function nextPollDelay(input: PollDelayInput): number {
  validate(input);
  const interval = adaptInterval(input);
  const doublings = Math.min(input.consecutiveFailures, MAX_DOUBLINGS);
  const backedOff = Math.min(interval * 2 ** doublings, input.maxMs);
  const delay = jitter(backedOff, input);
  // Retry-After is the server's explicit request, so it wins over maxMs (up to a week).
  const retryAfter = Math.min(input.retryAfterMs ?? 0, MAX_RETRY_AFTER_MS);
  return Math.round(Math.max(delay, retryAfter));
}
