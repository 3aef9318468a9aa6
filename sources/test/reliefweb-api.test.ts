// The ReliefWeb API adapter on inputs the captured fixture does not show.
import { describe, expect, test } from 'vitest';
import { parseReliefwebApi } from '../src/index';

const NOW = new Date('2026-11-23T00:00:00Z');

describe('parseReliefwebApi', () => {
  test('reads body, sources, themes and language when the request includes them', () => {
    const feed = parseReliefwebApi(
      {
        data: [
          {
            id: '4100001',
            fields: {
              title: 'Lithuania: Reception conditions update',
              url_alias: 'https://reliefweb.int/report/lithuania/reception-conditions-update',
              date: { original: '2025-11-10T00:00:00+00:00', created: '2025-11-11T08:00:00+00:00' },
              body: 'Reception centres in **Lithuania** hosted asylum seekers.',
              source: [{ shortname: 'UNHCR' }, { name: 'Lithuanian Red Cross' }],
              theme: [{ name: 'Protection and Human Rights' }],
              language: [{ code: 'en' }],
            },
          },
        ],
      },
      'https://api.reliefweb.int/v1/reports',
      NOW,
    );
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items;
    expect(item?.guid).toBe('reliefweb:report:4100001');
    expect(item?.publishedAt?.toISOString()).toBe('2025-11-10T00:00:00.000Z');
    expect(item?.author).toBe('UNHCR, Lithuanian Red Cross');
    expect(item?.categories).toEqual(['Protection and Human Rights']);
    expect(item?.declaredLanguage).toBe('en');
    expect(item?.summary).toMatch(/^Reception centres/);
  });

  test('falls back to the node URL, keeps a missing date missing and skips untitled records', () => {
    const feed = parseReliefwebApi(
      {
        data: [
          { id: 7, fields: { title: 'No alias' } },
          { id: 8, fields: {} },
        ],
      },
      'https://api.reliefweb.int/v1/reports',
      NOW,
    );
    expect(feed.items.map((i) => i.url)).toEqual(['https://reliefweb.int/node/7']);
    expect(feed.items[0]?.publishedAt).toBeNull();
    expect(feed.items[0]?.dateFlag).toBe('missing');
    expect(feed.warnings.some((w) => w.includes('record 8'))).toBe(true);
  });

  test('rejects a response that is not a list', () => {
    expect(() =>
      parseReliefwebApi({ error: 'appname not approved' }, 'https://api.reliefweb.int', NOW),
    ).toThrow(/not a ReliefWeb API list/);
  });
});
