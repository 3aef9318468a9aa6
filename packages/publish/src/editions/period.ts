// Periods of digest editions in the readers' time zone (MIPAS_TIMEZONE, Europe/Vilnius by
// default): a day from local midnight to local midnight, or a week from Monday 00:00 local. Local
// days are not all 24 hours long: the day clocks go forward has 23, the day they go back 25, so
// boundaries are found through Intl's time zone data, never by adding 86,400,000 ms.
export const EDITION_KINDS = ['daily', 'weekly'] as const;
export type EditionKind = (typeof EDITION_KINDS)[number];

/** The time zone editions use when none is given; the default of MIPAS_TIMEZONE. */
export const DEFAULT_TIMEZONE = 'Europe/Vilnius';

export interface Period {
  kind: EditionKind;
  start: Date;
  end: Date;
  /** `daily-2026-11-23` or `weekly-2026-11-16`: the local date of the period's first day. */
  slug: string;
}

interface LocalDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** The wall-clock reading of an instant in the time zone, as if that reading were UTC (ms). */
function wallClock(at: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(at)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

function localDateOf(at: number, timeZone: string): LocalDate {
  const wall = new Date(wallClock(at, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** Calendar arithmetic on local dates (month and year roll over). */
function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

function sameDate(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * The first instant of a local date: its midnight, or, where clocks skip midnight, the moment
 * they jump. The offset is read at a first guess and again at the result, since the two differ
 * when a transition lies between them; the earliest candidate on the right date wins.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const midnight = Date.UTC(date.year, date.month - 1, date.day);
  const first = midnight - (wallClock(midnight, timeZone) - midnight);
  const second = midnight - (wallClock(first, timeZone) - first);
  const candidates = [first, second]
    .filter((t) => sameDate(localDateOf(t, timeZone), date))
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? Math.max(first, second));
}

function isoDate(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function periodFrom(kind: EditionKind, first: LocalDate, timeZone: string): Period {
  const start = startOfLocalDay(first, timeZone);
  const end = startOfLocalDay(addDays(first, kind === 'daily' ? 1 : 7), timeZone);
  return { kind, start, end, slug: `${kind}-${isoDate(first)}` };
}

/** The period of the given kind that contains `at`, in the time zone. */
export function periodContaining(kind: EditionKind, at: Date, timeZone = DEFAULT_TIMEZONE): Period {
  const day = localDateOf(at.getTime(), timeZone);
  if (kind === 'daily') return periodFrom(kind, day, timeZone);
  const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  return periodFrom(kind, addDays(day, -((weekday + 6) % 7)), timeZone);
}

/** The period of the given kind that contains the local date `YYYY-MM-DD`. */
export function periodOfDate(kind: EditionKind, date: string, timeZone = DEFAULT_TIMEZONE): Period {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const local = match
    ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
    : undefined;
  if (!local || !sameDate(addDays(local, 0), local)) throw new RangeError(`not a date: "${date}"`);
  return periodContaining(kind, startOfLocalDay(local, timeZone), timeZone);
}

/** The last period of the given kind that has ended by `now`. */
export function lastCompletePeriod(kind: EditionKind, now: Date, timeZone = DEFAULT_TIMEZONE): Period {
  const current = periodContaining(kind, now, timeZone);
  return periodContaining(kind, new Date(current.start.getTime() - 1), timeZone);
}
