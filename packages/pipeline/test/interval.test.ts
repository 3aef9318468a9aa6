import { describe, expect, it } from 'vitest';
import { nextPollDelay, type PollDelayInput } from '../src/interval';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The middle of the jitter range: no jitter at all. */
const middle = () => 0.5;

function input(extra: Partial<PollDelayInput> = {}): PollDelayInput {
  return {
    baseIntervalMs: 30 * MINUTE,
    consecutiveFailures: 0,
    minMs: 5 * MINUTE,
    maxMs: DAY,
    random: middle,
    ...extra,
  };
}

/** A small deterministic generator, so spread tests do not depend on Math.random. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('nextPollDelay', () => {
  it('uses the base interval for a healthy source without a known rate', () => {
    expect(nextPollDelay(input())).toBe(30 * MINUTE);
  });

  it('jitters by up to 15 % either way', () => {
    expect(nextPollDelay(input({ random: () => 0 }))).toBe(Math.round(30 * MINUTE * 0.85));
    const high = nextPollDelay(input({ random: () => 0.999999 }));
    expect(high).toBeGreaterThan(30 * MINUTE * 1.14);
    expect(high).toBeLessThanOrEqual(30 * MINUTE * 1.15);
  });

  it('doubles per consecutive failure up to the cap', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6].map((failures) =>
      nextPollDelay(input({ consecutiveFailures: failures })),
    );
    expect(delays.slice(0, 6)).toEqual([30, 60, 120, 240, 480, 960].map((m) => m * MINUTE));
    expect(delays[6]).toBe(DAY);
  });

  it('stays finite after very many failures', () => {
    expect(nextPollDelay(input({ consecutiveFailures: 10_000 }))).toBe(DAY);
  });

  it('follows the observed publishing rate within bounds', () => {
    expect(nextPollDelay(input({ observedItemsPerDay: 24 }))).toBe(HOUR);
    expect(nextPollDelay(input({ observedItemsPerDay: 96 }))).toBe(15 * MINUTE);
    expect(nextPollDelay(input({ observedItemsPerDay: 10_000 }))).toBe(5 * MINUTE);
    expect(nextPollDelay(input({ observedItemsPerDay: 0.25 }))).toBe(DAY);
    expect(nextPollDelay(input({ observedItemsPerDay: 0 }))).toBe(DAY);
  });

  it('backs off from the adapted interval', () => {
    expect(nextPollDelay(input({ observedItemsPerDay: 24, consecutiveFailures: 2 }))).toBe(4 * HOUR);
  });

  it('never polls before Retry-After, even beyond the cap', () => {
    expect(nextPollDelay(input({ retryAfterMs: 2 * HOUR }))).toBe(2 * HOUR);
    expect(nextPollDelay(input({ retryAfterMs: 10 * MINUTE }))).toBe(30 * MINUTE);
    expect(nextPollDelay(input({ retryAfterMs: 3 * DAY }))).toBe(3 * DAY);
    expect(nextPollDelay(input({ retryAfterMs: 365 * DAY }))).toBe(7 * DAY);
    expect(nextPollDelay(input({ retryAfterMs: 2 * HOUR, random: () => 0 }))).toBe(2 * HOUR);
  });

  it('keeps every delay inside [minMs, maxMs] and spreads sources stuck at the cap', () => {
    const random = seeded(42);
    const capped = Array.from({ length: 200 }, () =>
      nextPollDelay(input({ consecutiveFailures: 20, random })),
    );
    for (const delay of capped) {
      expect(delay).toBeLessThanOrEqual(DAY);
      expect(delay).toBeGreaterThanOrEqual(DAY * 0.85 - 1);
    }
    expect(new Set(capped).size).toBeGreaterThan(150);
    const floor = Array.from({ length: 200 }, () => nextPollDelay(input({ baseIntervalMs: MINUTE, random })));
    for (const delay of floor) expect(delay).toBeGreaterThanOrEqual(5 * MINUTE);
    expect(new Set(floor).size).toBeGreaterThan(150);
  });

  it('spreads sources configured alike', () => {
    const random = seeded(7);
    const delays = Array.from({ length: 100 }, () => nextPollDelay(input({ random })));
    expect(Math.min(...delays)).toBeLessThan(30 * MINUTE * 0.95);
    expect(Math.max(...delays)).toBeGreaterThan(30 * MINUTE * 1.05);
  });

  it.each([
    [{ baseIntervalMs: 0 }, /baseIntervalMs/],
    [{ baseIntervalMs: Number.NaN }, /baseIntervalMs/],
    [{ consecutiveFailures: -1 }, /consecutiveFailures/],
    [{ minMs: 10, maxMs: 5 }, /maxMs/],
    [{ retryAfterMs: -1 }, /retryAfterMs/],
    [{ observedItemsPerDay: Number.POSITIVE_INFINITY }, /observedItemsPerDay/],
    [{ random: () => 1 }, /random/],
    [{ random: () => Number.NaN }, /random/],
  ] as [Partial<PollDelayInput>, RegExp][])('rejects %j', (extra, message) => {
    expect(() => nextPollDelay(input(extra))).toThrow(message);
  });
});
