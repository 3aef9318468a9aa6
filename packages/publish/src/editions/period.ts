// Periods of digest editions, in UTC: a day, or a week from Monday.
export const EDITION_KINDS = ['daily', 'weekly'] as const;
export type EditionKind = (typeof EDITION_KINDS)[number];

export interface Period {
  kind: EditionKind;
  start: Date;
  end: Date;
  slug: string;
}

const DAY = 86_400_000;

/** The period of the given kind that contains `at`. */
export function periodContaining(kind: EditionKind, at: Date): Period {
  const day = Math.floor(at.getTime() / DAY) * DAY;
  // 1970-01-01 was a Thursday: shift so weeks start on Monday.
  const start = kind === 'daily' ? day : day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
  const end = start + (kind === 'daily' ? DAY : 7 * DAY);
  const slug = `${kind}-${new Date(start).toISOString().slice(0, 10)}`;
  return { kind, start: new Date(start), end: new Date(end), slug };
}

/** The last period of the given kind that has ended by `now`. */
export function lastCompletePeriod(kind: EditionKind, now: Date): Period {
  const current = periodContaining(kind, now);
  return periodContaining(kind, new Date(current.start.getTime() - 1));
}
