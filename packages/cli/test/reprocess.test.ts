// `mipas reprocess --since`: ISO 8601 dates only, and a clear usage error otherwise.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSince } from '../src/commands/reprocess';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('parseSince', () => {
  it('reads ISO 8601 dates and date-times', () => {
    expect(parseSince('2026-07-01').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(parseSince('2026-07').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(parseSince('2026').toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(parseSince('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseSince('2026-07-01T12:30:00Z').toISOString()).toBe('2026-07-01T12:30:00.000Z');
    expect(parseSince('2026-07-01T12:30+02:00').toISOString()).toBe('2026-07-01T10:30:00.000Z');
  });

  it('refuses what new Date() would silently turn into another date', () => {
    for (const bad of [
      '1',
      '0',
      '-1',
      '99999',
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-07-01T25:00Z',
      'yesterday',
      '',
      '1e3',
      'July 1, 2026',
    ]) {
      expect(() => parseSince(bad), bad).toThrow(/--since must be a date like 2026-01-31/);
    }
  });
});

describe('mipas reprocess', () => {
  it.each([
    [['--after-id', '12abc'], '--after-id must be a whole number'],
    [['--batch', '1e3'], '--batch must be from 1 to 5000'],
  ])('refuses %j instead of reading a number off its start', (args, message) => {
    const run = spawnSync(process.execPath, ['packages/cli/bin/mipas.js', 'reprocess', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, MIPAS_DATA_DIR: '/nonexistent/mipas-reprocess-test' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('exits 2 with a usage error for a bad --since, before opening the database', () => {
    const run = spawnSync(process.execPath, ['packages/cli/bin/mipas.js', 'reprocess', '--since', '99999'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, MIPAS_DATA_DIR: '/nonexistent/mipas-reprocess-test' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('mipas: --since must be a date like 2026-01-31');
    expect(run.stderr).not.toContain('Failed query');
  });
});
