// Reads the dates found in feeds and pages: RFC 822 and ISO 8601 with their real-world variants
// (named zones, missing seconds, two-digit years, a space instead of `T`), `03.05.2024`, and
// day-month-year with month names in English, Lithuanian, Russian and Polish. Fields are checked
// here rather than by Date.parse, which rolls 31 February over into March.
import type { DateFlag } from '@mipas/core';
import { MONTH_BY_NAME, ZONE_OFFSETS } from './date-names';

export interface ParsedDate {
  date: Date | null;
  flag: DateFlag;
}

interface DateFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC; a date without a zone is read as UTC. */
  offset: number;
}

/** Allowance for clock skew before a date counts as in the future. */
const FUTURE_SLACK_MS = 10 * 60 * 1000;
const MAX_INPUT = 200;

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:(?:T|\s+)(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[a-z]{1,5})?$/i;
const RFC822 =
  /^(?:[a-z]{2,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?$/i;
const NUMERIC = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\.?(?:[\s,]+(.*))?$/;
const YEAR_FIRST = /^(\d{4})[./](\d{1,2})[./](\d{1,2})\.?(?:[\s,]+(.*))?$/;
const TIME = /(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?\s*([ap]\.?m\.?)?/i;
const NUMERIC_ZONE = /(?:^|\s|\d)([+-])(\d{2}):?(\d{2})\b/;

/** Parses a date; a future date is clamped to `now` and flagged, a bad one flagged `invalid`. */
export function parseDate(raw: string | null | undefined, now: Date): ParsedDate {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return { date: null, flag: 'missing' };
  const fields = text.length <= MAX_INPUT ? readFields(text) : null;
  const time = fields ? toTime(fields) : null;
  if (time === null) return { date: null, flag: 'invalid' };
  if (time > now.getTime() + FUTURE_SLACK_MS) return { date: new Date(now.getTime()), flag: 'future' };
  return { date: new Date(time), flag: 'ok' };
}

function readFields(text: string): DateFields | null {
  return readRfc822(text) ?? readIso(text) ?? readNumeric(text) ?? readWords(text);
}

/** The common case, `Fri, 03 May 2024 10:15:00 +0300`, without the general word scan. */
function readRfc822(text: string): DateFields | null {
  const m = RFC822.exec(text);
  const month = m ? MONTH_BY_NAME.get((m[2] as string).toLowerCase()) : undefined;
  if (!m || month === undefined) return null;
  const offset = m[7] ? zoneOffset(m[7]) : 0;
  if (offset === null) return null;
  return {
    year: fullYear(m[3] as string),
    month,
    day: Number(m[1]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
    millisecond: 0,
    offset,
  };
}

function readIso(text: string): DateFields | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const offset = m[8] ? zoneOffset(m[8]) : 0;
  if (offset === null) return null;
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    millisecond: m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0,
    offset,
  };
}

/** `03.05.2024 10:00` and `2024.05.03`; slashes read day first, as European sources write. */
function readNumeric(text: string): DateFields | null {
  const dayFirst = NUMERIC.exec(text);
  const yearFirst = dayFirst ? null : YEAR_FIRST.exec(text);
  const m = dayFirst ?? yearFirst;
  if (!m) return null;
  let [day, month, year] = dayFirst
    ? [Number(m[1]), Number(m[2]), fullYear(m[3] as string)]
    : [Number(m[3]), Number(m[2]), Number(m[1])];
  if (dayFirst && text.includes('/') && month > 12 && day <= 12) [day, month] = [month, day];
  const rest = readTimeAndZone(m[4] ?? '');
  return rest ? { year, month, day, ...rest } : null;
}

/** Everything else: RFC 822 and free forms such as `May 3, 2024 10:00 AM EST` or `3 мая 2024 г.`. */
function readWords(text: string): DateFields | null {
  const lower = text.toLowerCase();
  const timeMatch = TIME.exec(lower);
  const clock = readTimeAndZone(lower.slice(timeMatch?.index ?? lower.length));
  if (!clock) return null;
  const before = timeMatch ? lower.slice(0, timeMatch.index) : lower;
  // "10:00, 3 мая 2024": the date follows the time.
  const date =
    readDayMonthYear(before) ??
    (timeMatch ? readDayMonthYear(lower.slice(timeMatch.index + timeMatch[0].length)) : null);
  return date ? { ...date, ...clock } : null;
}

function readDayMonthYear(text: string): Pick<DateFields, 'year' | 'month' | 'day'> | null {
  let month: number | null = null;
  const numbers: string[] = [];
  for (const token of text.split(/[\s,./-]+/u)) {
    if (/^\d+$/.test(token)) numbers.push(token);
    else if (month === null) month = MONTH_BY_NAME.get(token) ?? null;
  }
  if (month === null) return null;
  const year = numbers.find((n) => n.length === 4) ?? (numbers.length === 2 ? numbers[1] : undefined);
  const day = numbers.find((n) => n !== year && n.length <= 2);
  if (!year || !day) return null;
  return { year: fullYear(year), month, day: Number(day) };
}

type Clock = Pick<DateFields, 'hour' | 'minute' | 'second' | 'millisecond' | 'offset'>;

function readTimeAndZone(text: string): Clock | null {
  const trimmed = text.trim();
  if (!trimmed) return { hour: 0, minute: 0, second: 0, millisecond: 0, offset: 0 };
  const m = TIME.exec(trimmed);
  let hour = m ? Number(m[1]) : 0;
  const meridiem = m?.[4]?.[0];
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  const after = m ? trimmed.slice(m.index + m[0].length) : trimmed;
  const offset = readZone(after);
  if (offset === null) return null;
  return { hour, minute: Number(m?.[2] ?? 0), second: Number(m?.[3] ?? 0), millisecond: 0, offset };
}

function readZone(text: string): number | null {
  const numeric = NUMERIC_ZONE.exec(text);
  if (numeric) return zoneOffset(`${numeric[1]}${numeric[2]}${numeric[3]}`);
  const word = /\b([a-z]{1,5})\b/i.exec(text)?.[1];
  if (!word) return 0;
  // Unknown words after the time ("Uhr", "г.") carry no zone; read as UTC.
  return ZONE_OFFSETS.get(word.toLowerCase()) ?? 0;
}

function zoneOffset(zone: string): number | null {
  const named = ZONE_OFFSETS.get(zone.toLowerCase());
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) return null;
  return m[1] === '-' ? -minutes : minutes;
}

/** RFC 2822: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of the proleptic Gregorian calendar, as Date counts them. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1] as number;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Milliseconds since the epoch, or null when a field is out of range (31 Feb, 25:00). */
function toTime(f: DateFields): number | null {
  if (f.year < 1900 || f.year > 9999 || f.month < 1 || f.month > 12) return null;
  if (f.day < 1 || f.day > daysInMonth(f.year, f.month)) return null;
  if (f.hour > 23 || f.minute > 59 || f.second > 60) return null;
  const second = Math.min(f.second, 59);
  const utc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, second, f.millisecond);
  return utc - f.offset * 60_000;
}
