import { describe, expect, it } from 'vitest';
import { parseDate } from '../src/date';

const now = new Date('2024-06-01T12:00:00Z');

describe('parseDate', () => {
  it.each([
    ['Tue, 21 Jun 2022 03:32:00 +0200', '2022-06-21T01:32:00.000Z'],
    ['Fri, 03 May 2024 10:15 EST', '2024-05-03T15:15:00.000Z'],
    ['Fri, 3 May 2024 10:15:00 CEST', '2024-05-03T08:15:00.000Z'],
    ['3 May 24 10:00 GMT', '2024-05-03T10:00:00.000Z'],
    ['Mon, 03 May 99 10:00:00 +0000', '1999-05-03T10:00:00.000Z'],
    ['Fri, 03 May 2024 10:15:00 -0430', '2024-05-03T14:45:00.000Z'],
    ['2024-05-03T10:00:00Z', '2024-05-03T10:00:00.000Z'],
    ['2024-05-03T10:00:00.123+02:00', '2024-05-03T08:00:00.123Z'],
    ['2024-05-03T10:00+0200', '2024-05-03T08:00:00.000Z'],
    ['2024-05-03 10:00', '2024-05-03T10:00:00.000Z'],
    ['2024-05-03', '2024-05-03T00:00:00.000Z'],
    ['20240503T100000Z', '2024-05-03T10:00:00.000Z'],
    ['03.05.2024', '2024-05-03T00:00:00.000Z'],
    ['03.05.2024 14:30', '2024-05-03T14:30:00.000Z'],
    ['2024.05.03', '2024-05-03T00:00:00.000Z'],
    ['31/12/2023', '2023-12-31T00:00:00.000Z'],
    ['May 3, 2024 3:05 PM EST', '2024-05-03T20:05:00.000Z'],
    ['Friday, May 3, 2024', '2024-05-03T00:00:00.000Z'],
    ['20 April 2022', '2022-04-20T00:00:00.000Z'],
    ['2024 m. gegužės 3 d. 10:00', '2024-05-03T10:00:00.000Z'],
    ['3 мая 2024 г., 10:00', '2024-05-03T10:00:00.000Z'],
    ['15 сентября 2023', '2023-09-15T00:00:00.000Z'],
    ['3 maja 2024 r.', '2024-05-03T00:00:00.000Z'],
    ['12 października 2023 10:30', '2023-10-12T10:30:00.000Z'],
    ['10:00, 3 мая 2024', '2024-05-03T10:00:00.000Z'],
    ['Thu, 02 May 2024 18:40:00 +0300', '2024-05-02T15:40:00.000Z'],
  ])('reads %s', (raw, iso) => {
    const parsed = parseDate(raw, now);
    expect(parsed.flag).toBe('ok');
    expect(parsed.date?.toISOString()).toBe(iso);
  });

  it.each([
    'Fri, 31 Feb 2024 10:00:00 GMT',
    '2024-02-31',
    '2023-02-29',
    '31.04.2024',
    '2024-05-03T25:00:00Z',
    '2024-13-01',
  ])('flags the impossible date %s invalid instead of rolling it over', (raw) => {
    expect(parseDate(raw, now)).toEqual({ date: null, flag: 'invalid' });
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseDate('2024-02-29', now).flag).toBe('ok');
  });

  it('clamps a future date to now and flags it', () => {
    const parsed = parseDate('Sat, 27 Jun 2026 00:00:00 +0000', now);
    expect(parsed.flag).toBe('future');
    expect(parsed.date?.getTime()).toBe(now.getTime());
  });

  it('allows a few minutes of clock skew', () => {
    expect(parseDate('2024-06-01T12:05:00Z', now).flag).toBe('ok');
  });

  it.each([null, undefined, '', '   '])('flags %j as missing', (raw) => {
    expect(parseDate(raw, now)).toEqual({ date: null, flag: 'missing' });
  });

  it.each(['garbage', '3 Mai 2024', '1 2 3 4', 'yesterday'])('flags the unreadable %s invalid', (raw) => {
    expect(parseDate(raw, now).flag).toBe('invalid');
  });

  it('never throws on random strings and returns a valid Date or null', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = '0123456789 :.,-+/TZaAmMpPyYJunéмая\u0000\uffff\t';
    const pieces = ['2024', '31', 'Feb', 'GMT', '+02:00', '99', 'мая', 'gegužės', ' PM', '.', 'T'];
    const bad: string[] = [];
    for (let i = 0; i < 5000; i++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let j = 0; j < length; j++) {
        text +=
          random() < 0.3
            ? pieces[Math.floor(random() * pieces.length)]
            : alphabet[Math.floor(random() * alphabet.length)];
      }
      const parsed = parseDate(text, now);
      const ok = parsed.date
        ? !Number.isNaN(parsed.date.getTime()) && parsed.date.getTime() <= now.getTime() + 10 * 60_000
        : parsed.flag === 'missing' || parsed.flag === 'invalid';
      if (!ok) bad.push(text);
    }
    expect(bad).toEqual([]);
  });

  it('rejects over-long input without scanning it', () => {
    expect(parseDate(`${'9'.repeat(100_000)}`, now).flag).toBe('invalid');
  });
});
