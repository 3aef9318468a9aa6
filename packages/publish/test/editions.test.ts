// Edition periods (in UTC and in Vilnius across both 2026 clock changes), topic grouping and text
// safety: pure functions, no database.
import { loadConfig } from '@mipas/core';
import type { PublishedItem } from '@mipas/db';
import { describe, expect, it } from 'vitest';
import { groupByTopic } from '../src/editions/group';
import { DEFAULT_TIMEZONE, lastCompletePeriod, periodContaining, periodOfDate } from '../src/editions/period';
import { escapeMarkup, stripControlChars, toPlainText } from '../src/text';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function item(id: number, topics: string[]): PublishedItem {
  return {
    id,
    title: `Item ${id}`,
    summary: null,
    url: null,
    language: 'en',
    publishedAt: new Date(),
    updatedAt: new Date(),
    sourceId: 's',
    sourceName: 'S',
    clusterId: null,
    primaryCountry: null,
    tags: topics.map((slug) => ({ kind: 'topic', slug, labels: { en: slug.toUpperCase() } })),
    titles: {},
    summaries: {},
    featured: false,
  };
}

describe('periods', () => {
  it('starts weeks on Monday and days at midnight in the given zone (UTC)', () => {
    const week = periodContaining('weekly', new Date('2026-11-22T23:59:00Z'), 'UTC');
    expect(week.slug).toBe('weekly-2026-11-16');
    expect(week.end.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(periodContaining('weekly', new Date('2026-11-23T00:00:00Z'), 'UTC').slug).toBe(
      'weekly-2026-11-23',
    );
    expect(periodContaining('daily', new Date('2026-11-23T13:00:00Z'), 'UTC').slug).toBe('daily-2026-11-23');
  });

  it('names the last complete period', () => {
    expect(lastCompletePeriod('daily', new Date('2026-11-23T00:30:00Z'), 'UTC').slug).toBe(
      'daily-2026-11-22',
    );
    expect(lastCompletePeriod('weekly', new Date('2026-11-25T10:00:00Z'), 'UTC').slug).toBe(
      'weekly-2026-11-16',
    );
  });

  it('uses local midnight in Vilnius by default, and the local date in slugs', () => {
    // 22:30 UTC on Sunday is 00:30 on Monday in Vilnius (UTC+2 in winter).
    const monday = new Date('2026-11-22T22:30:00Z');
    const week = periodContaining('weekly', monday);
    expect(week.slug).toBe('weekly-2026-11-23');
    expect(week.start.toISOString()).toBe('2026-11-22T22:00:00.000Z');
    expect(week.end.toISOString()).toBe('2026-11-29T22:00:00.000Z');
    expect(periodContaining('daily', monday).slug).toBe('daily-2026-11-23');
    expect(lastCompletePeriod('daily', monday)).toEqual({
      kind: 'daily',
      slug: 'daily-2026-11-22',
      start: new Date('2026-11-21T22:00:00Z'),
      end: new Date('2026-11-22T22:00:00Z'),
    });
    expect(lastCompletePeriod('weekly', monday, 'Europe/Vilnius').slug).toBe('weekly-2026-11-16');
    // In summer Vilnius is UTC+3.
    expect(periodContaining('daily', new Date('2026-07-01T21:00:00Z')).slug).toBe('daily-2026-07-02');
    expect(periodContaining('daily', new Date('2026-07-01T20:59:59Z')).start.toISOString()).toBe(
      '2026-06-30T21:00:00.000Z',
    );
    expect(DEFAULT_TIMEZONE).toBe(loadConfig({}).timezone);
  });

  it('has a 23-hour day when clocks go forward (last Sunday of March 2026)', () => {
    const day = periodOfDate('daily', '2026-03-29');
    expect(day.start.toISOString()).toBe('2026-03-28T22:00:00.000Z'); // 00:00 EET
    expect(day.end.toISOString()).toBe('2026-03-29T21:00:00.000Z'); // 00:00 EEST
    expect(day.end.getTime() - day.start.getTime()).toBe(23 * HOUR);
    for (const at of [
      '2026-03-28T22:00:00Z',
      '2026-03-29T00:59:59Z',
      '2026-03-29T01:00:00Z',
      '2026-03-29T20:59:59Z',
    ])
      expect(periodContaining('daily', new Date(at)).slug).toBe('daily-2026-03-29');
    expect(periodContaining('daily', new Date('2026-03-29T21:00:00Z')).slug).toBe('daily-2026-03-30');
    const week = periodContaining('weekly', new Date('2026-03-29T12:00:00Z'));
    expect(week.slug).toBe('weekly-2026-03-23');
    expect(week.end.getTime() - week.start.getTime()).toBe(7 * DAY - HOUR);
    // The next week starts where this one ends: no gap, no overlap.
    expect(periodContaining('weekly', week.end).start).toEqual(week.end);
    expect(lastCompletePeriod('daily', new Date('2026-03-29T21:30:00Z'))).toEqual(day);
  });

  it('has a 25-hour day when clocks go back (last Sunday of October 2026)', () => {
    const day = periodOfDate('daily', '2026-10-25');
    expect(day.start.toISOString()).toBe('2026-10-24T21:00:00.000Z'); // 00:00 EEST
    expect(day.end.toISOString()).toBe('2026-10-25T22:00:00.000Z'); // 00:00 EET
    expect(day.end.getTime() - day.start.getTime()).toBe(25 * HOUR);
    // 03:30 local happens twice; both belong to the 25th.
    for (const at of ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-10-25T21:59:59Z'])
      expect(periodContaining('daily', new Date(at)).slug).toBe('daily-2026-10-25');
    expect(periodContaining('daily', new Date('2026-10-24T20:59:59Z')).slug).toBe('daily-2026-10-24');
    const week = periodContaining('weekly', new Date('2026-10-25T12:00:00Z'));
    expect(week.slug).toBe('weekly-2026-10-19');
    expect(week.start.toISOString()).toBe('2026-10-18T21:00:00.000Z');
    expect(week.end.toISOString()).toBe('2026-10-25T22:00:00.000Z');
    expect(lastCompletePeriod('weekly', new Date('2026-10-26T08:00:00Z'))).toEqual(week);
  });

  it('starts a day whose midnight is skipped at the moment clocks jump', () => {
    // Santiago de Chile moves from 00:00 -04 to 01:00 -03 on 6 September 2026.
    const day = periodOfDate('daily', '2026-09-06', 'America/Santiago');
    expect(day.start.toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(day.end.toISOString()).toBe('2026-09-07T03:00:00.000Z');
    expect(() => periodOfDate('daily', '2026-02-30')).toThrow(RangeError);
  });
});

describe('groupByTopic', () => {
  it('puts each item once under its biggest topic, untagged items last', () => {
    const groups = groupByTopic(
      [item(1, ['asylum', 'return']), item(2, ['asylum']), item(3, []), item(4, ['return'])],
      'en',
    );
    expect(groups.map((g) => [g.slug, g.items.map((i) => i.id)])).toEqual([
      ['asylum', [1, 2]],
      ['return', [4]],
      [null, [3]],
    ]);
  });
});

describe('text', () => {
  it('strips characters XML forbids and escapes markup', () => {
    expect(stripControlChars('a\u0000b\u0008c\u000bd\u001be\u007ff\uFFFEg\ud800h\tj\nk')).toBe(
      'abcdefgh\tj\nk',
    );
    expect(escapeMarkup('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(toPlainText('<p>One <script>alert(1)</script>&amp; two</p>')).toBe('One & two');
  });
});
