import { describe, expect, it } from 'vitest';
import { normaliseLanguageTag } from '../src/language/languages';
import { collectHints, readUrlLanguage } from '../src/language/priors';
import { detectByScript } from '../src/language/script';
import { buildDetectionText, countLetters } from '../src/language/text';

const CANDIDATES = new Set(['lt', 'en', 'ru', 'uk', 'pl', 'no', 'de']);

describe('normaliseLanguageTag', () => {
  it('reads the tags feeds write', () => {
    expect(normaliseLanguageTag('lt')).toBe('lt');
    expect(normaliseLanguageTag('lt-LT')).toBe('lt');
    expect(normaliseLanguageTag(' ru_RU ')).toBe('ru');
    expect(normaliseLanguageTag('EN-us')).toBe('en');
    expect(normaliseLanguageTag('LIT')).toBe('lt');
    expect(normaliseLanguageTag('ger')).toBe('de');
    expect(normaliseLanguageTag('nb-NO')).toBe('no');
  });

  it('returns null for tags that name no language', () => {
    for (const tag of ['', 'und', 'mul', 'zxx', 'x', '12', 'english please', null, undefined]) {
      expect(normaliseLanguageTag(tag)).toBeNull();
    }
  });
});

describe('readUrlLanguage', () => {
  it('finds language segments and query parameters', () => {
    expect(readUrlLanguage('https://migracija.lrv.lt/lt/naujienos/123', CANDIDATES)).toBe('lt');
    expect(readUrlLanguage('https://www.unhcr.org/ru/news/stories', CANDIDATES)).toBe('ru');
    expect(readUrlLanguage('https://example.org/en-gb/news', CANDIDATES)).toBe('en');
    expect(readUrlLanguage('https://example.org/news?id=5&lang=pl', CANDIDATES)).toBe('pl');
    expect(readUrlLanguage('https://example.org/news?hl=uk-UA', CANDIDATES)).toBe('uk');
  });

  it('ignores slugs, deep segments, unknown codes and malformed URLs', () => {
    expect(readUrlLanguage('https://example.org/news/2024/05/de/story', CANDIDATES)).toBeNull();
    expect(readUrlLanguage('https://example.org/xx/story', CANDIDATES)).toBeNull();
    expect(readUrlLanguage('https://example.org/no-deal-brexit', CANDIDATES)).toBeNull();
    expect(readUrlLanguage('not a url /lt/', CANDIDATES)).toBeNull();
    expect(readUrlLanguage('', CANDIDATES)).toBeNull();
  });
});

describe('collectHints', () => {
  it('keeps only candidate languages and drops malformed hints', () => {
    expect(collectHints('lt-LT', 'https://x.org/ru/a', ['LT', 'en', 'xx', 'lt'], CANDIDATES)).toEqual({
      declared: 'lt',
      url: 'ru',
      source: ['lt', 'en'],
    });
    expect(collectHints('fr', '::', undefined, CANDIDATES)).toEqual({
      declared: null,
      url: null,
      source: [],
    });
  });
});

describe('buildDetectionText', () => {
  it('joins the fields and strips links, addresses, numbers and language lists', () => {
    const text = buildDetectionText(
      'Ukraine: Crossing the Contact Line, August 2020 Snapshot [EN/UK]',
      'See https://reliefweb.int/report/123 or write to info@unhcr.org #refugees',
      null,
    );
    expect(text).toBe('Ukraine: Crossing the Contact Line, August Snapshot . See or write to');
  });

  it('keeps Han text that has digits inside it', () => {
    expect(buildDetectionText('Intel 11代Core行動版閃電升級')).toContain('行動版閃電升級');
  });

  it('caps the length', () => {
    expect(buildDetectionText('word '.repeat(1000)).length).toBeLessThanOrEqual(200);
    expect(buildDetectionText('word '.repeat(1000), null, null, 50)).toBe('word '.repeat(10).trim());
  });
});

describe('countLetters and detectByScript', () => {
  it('counts letters in any script', () => {
    expect(countLetters('Ab-12 Жж 東京!')).toBe(6);
  });

  it('names only scripts one language uses', () => {
    expect(detectByScript('Ακριβά καύσιμα')).toBe('el');
    expect(detectByScript('מינוי פט גלסינגר')).toBe('he');
    expect(detectByScript('Правительство России')).toBeNull();
    expect(detectByScript('A Bola: Ο Ολυμπιακός')).toBe('el');
    expect(detectByScript('Google Play「ベスト オブ 2020」')).toBe('ja');
    expect(detectByScript('UNHCR: Ελλάδα and the islands of the Aegean Sea')).toBeNull();
  });
});
