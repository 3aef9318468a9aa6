// Every interface text exists in English, Lithuanian and Russian, every key the app uses is in
// the tables, and dates follow the curator's locale.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dateFormatFor, dateLocale, pickLanguage, UI_LANGUAGES } from '../src/locale';
import { en, type Key, STATE_KEYS, TABLES } from '../src/strings';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Texts that are rightly the same as the English one in a language (a format example, a word shared). */
const SAME_ON_PURPOSE: Record<string, Key[]> = { lt: [], ru: [] };

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('interface texts', () => {
  const keys = Object.keys(en) as Key[];

  it('has every key in every interface language, none empty', () => {
    expect(Object.keys(TABLES).sort()).toEqual([...UI_LANGUAGES].sort());
    for (const lang of UI_LANGUAGES) {
      const table = TABLES[lang]!;
      const missing = keys.filter((k) => typeof table[k] !== 'string' || !table[k].trim());
      expect(missing, `${lang} lacks`).toEqual([]);
      const extra = Object.keys(table).filter((k) => !(k in en));
      expect(extra, `${lang} has keys English does not`).toEqual([]);
    }
  });

  it('translates every text: none is left in English in Lithuanian or Russian', () => {
    for (const lang of ['lt', 'ru']) {
      const table = TABLES[lang]!;
      const same = keys.filter((k) => table[k] === en[k] && !SAME_ON_PURPOSE[lang]!.includes(k));
      expect(same, `${lang} texts equal to English`).toEqual([]);
    }
    // Russian texts are in Cyrillic (a format example like "topic:asylum" may stay Latin).
    const latinOnly = keys.filter((k) => !/[\u0400-\u04FF]/.test(TABLES.ru![k]));
    expect(latinOnly).toEqual([]);
  });

  it('knows every key the app asks for, and a label for every editorial state', () => {
    const used = new Set<string>();
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([A-Za-z]+)'\)/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\[\s*'[^']*',\s*'([A-Za-z]+)'\s*\]/g))
        if (/[A-Z]/.test(m[1]!)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
    for (const state of ['new', 'on_hold', 'approved', 'rejected', 'duplicate', 'withdrawn'])
      expect(STATE_KEYS[state], state).toBeDefined();
  });
});

describe('language and date locale', () => {
  it('picks the first browser language the interface has, else English', () => {
    expect(pickLanguage(['lt-LT', 'en-GB'])).toBe('lt');
    expect(pickLanguage(['de-DE', 'ru'])).toBe('ru');
    expect(pickLanguage(['de-DE', 'fr'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it("writes dates in the browser's locale when it matches the interface language, else in that language", () => {
    expect(dateLocale('en', ['en-GB', 'lt'])).toBe('en-GB');
    expect(dateLocale('en', ['en-US'])).toBe('en-US');
    expect(dateLocale('lt', ['en-GB', 'lt-LT'])).toBe('lt-LT');
    expect(dateLocale('ru', ['en-GB'])).toBe('ru');
    const at = new Date('2026-03-04T15:06:00Z');
    const gb = dateFormatFor('en-GB', 'UTC').format(at);
    const us = dateFormatFor('en-US', 'UTC').format(at);
    expect(gb).toMatch(/^4 Mar 2026/);
    expect(us).toMatch(/^Mar 4, 2026/);
    expect(dateFormatFor('lt', 'UTC').format(at)).toMatch(/2026/);
    expect(dateFormatFor('ru', 'UTC').format(at)).toMatch(/4 мар/);
    expect(dateFormatFor('en-GB', 'Europe/Vilnius').format(at)).toContain('17:06');
  });
});
