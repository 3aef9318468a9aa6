// Edition periods, topic grouping and text safety: pure functions, no database.
import type { PublishedItem } from '@mipas/db';
import { describe, expect, it } from 'vitest';
import { groupByTopic } from '../src/editions/group';
import { lastCompletePeriod, periodContaining } from '../src/editions/period';
import { escapeMarkup, stripControlChars, toPlainText } from '../src/text';

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
  it('starts weeks on Monday and days at midnight UTC', () => {
    const week = periodContaining('weekly', new Date('2026-11-22T23:59:00Z'));
    expect(week.slug).toBe('weekly-2026-11-16');
    expect(week.end.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(periodContaining('weekly', new Date('2026-11-23T00:00:00Z')).slug).toBe('weekly-2026-11-23');
    expect(periodContaining('daily', new Date('2026-11-23T13:00:00Z')).slug).toBe('daily-2026-11-23');
  });

  it('names the last complete period', () => {
    expect(lastCompletePeriod('daily', new Date('2026-11-23T00:30:00Z')).slug).toBe('daily-2026-11-22');
    expect(lastCompletePeriod('weekly', new Date('2026-11-25T10:00:00Z')).slug).toBe('weekly-2026-11-16');
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
