// Dates on pages and in e-mails are shown in the platform's zone, the one editions are cut in.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, setDisplayTimeZone } from '../src/i18n';

describe('display time zone', () => {
  afterEach(() => setDisplayTimeZone('Europe/Vilnius'));

  // 02:30 UTC on 2 November 2026 is 04:30 in Vilnius and still 1 November in New York.
  const instant = new Date('2026-11-02T02:30:00Z');

  it('shows dates in Vilnius by default', () => {
    expect(formatDate('en', instant)).toBe('2 November 2026');
    expect(formatDate('en', instant, true)).toMatch(/^2 November 2026(,| at) 04:30$/);
  });

  it('follows the configured zone, rebuilding the cached formatters', () => {
    setDisplayTimeZone('America/New_York');
    expect(formatDate('en', instant)).toBe('1 November 2026');
    expect(formatDate('lt', instant)).toMatch(/lapkričio 1/);
    setDisplayTimeZone('Europe/Vilnius');
    expect(formatDate('lt', instant)).toMatch(/lapkričio 2/);
  });
});
