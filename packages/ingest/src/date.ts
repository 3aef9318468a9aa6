import type { DateFlag } from '@mipas/core';

export interface ParsedDate {
  date: Date | null;
  flag: DateFlag;
}

/** Allowance for clock skew before a date counts as in the future. */
const FUTURE_SLACK_MS = 10 * 60 * 1000;

/** Parses RFC 822 and ISO 8601 dates; a future date is clamped to `now` and flagged. */
export function parseDate(raw: string | null | undefined, now: Date): ParsedDate {
  if (!raw?.trim()) return { date: null, flag: 'missing' };
  const time = Date.parse(raw.trim());
  if (Number.isNaN(time)) return { date: null, flag: 'invalid' };
  if (time > now.getTime() + FUTURE_SLACK_MS) return { date: now, flag: 'future' };
  return { date: new Date(time), flag: 'ok' };
}
