// One contract over every catalogued source: the metadata is well-formed, each source has a
// fixture and an expected file, and what its fixture parses to is usable downstream.
import { readdirSync } from 'node:fs';
import type { NormalisedItem } from '@mipas/core';
import { describe, expect, test } from 'vitest';
import { catalogue, endpointUrl, findSource, MissingSourceConfigError } from '../src/index';
import {
  FETCHED_AT,
  FIXTURES_DIR,
  fixtureFileOf,
  fixtureFilesOf,
  parseFixture,
  readExpected,
} from './fixture-files';

const TOPICS = new Set([
  'asylum-procedures',
  'statistics-and-data',
  'refugees-and-resettlement',
  'labour-migration',
  'integration',
  'return-and-readmission',
  'border-management',
  'law-and-policy',
]);
const REGIONS = new Set(['EU', 'EUR', 'WORLD']);
/** Fixtures that repeat a link themselves, with the reason; no other source may. */
const KNOWN_REPEATED_LINKS: Record<string, string> = {
  'unhcr-data-portal': 'the upstream capture was hand-edited: two rows link to documents/details/92134',
};
/** The earliest date any catalogued body published online. */
const EARLIEST = new Date('1995-01-01T00:00:00Z');

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

describe('catalogue metadata', () => {
  test('ids are unique slugs and findSource finds each', () => {
    const ids = catalogue.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(findSource(id)?.id).toBe(id);
    }
    expect(findSource('no-such-source')).toBeUndefined();
  });

  for (const def of catalogue) {
    test(`${def.id}: fields are well-formed`, () => {
      expect(def.name.trim()).not.toBe('');
      expect(def.organisation.trim()).not.toBe('');
      expect(isHttpsUrl(def.homepage), def.homepage).toBe(true);
      expect(def.endpoints.length).toBeGreaterThan(0);
      // The database keeps one row per endpoint, named by its section (or language) when there are several.
      const names = def.endpoints.map((e, i) => e.section ?? e.language ?? String(i));
      if (def.endpoints.length > 1) expect(new Set(names).size, 'endpoint sections').toBe(names.length);
      expect(new Set(def.endpoints.map((e) => e.url)).size).toBe(def.endpoints.length);
      for (const endpoint of def.endpoints) {
        expect(isHttpsUrl(endpoint.url), endpoint.url).toBe(true);
        if (endpoint.language) expect(def.languages).toContain(endpoint.language);
        for (const variable of Object.values(endpoint.configParams ?? {})) {
          expect(def.requiresConfig ?? []).toContain(variable);
        }
      }
      expect(def.languages.length).toBeGreaterThan(0);
      for (const language of def.languages) expect(language).toMatch(/^[a-z]{2}$/);
      expect(def.scope.length).toBeGreaterThan(0);
      for (const area of def.scope) expect(REGIONS.has(area) || /^[A-Z]{3}$/.test(area), area).toBe(true);
      expect(Number.isInteger(def.pollMinutes) && def.pollMinutes >= 5).toBe(true);
      for (const tag of def.defaultTags) expect(TOPICS.has(tag), tag).toBe(true);
      if (def.kind === 'html') {
        expect(def.listing, 'an html source needs listing selectors').toBeDefined();
        expect(def.listing?.item && def.listing.title && def.listing.link).toBeTruthy();
      }
      if (def.kind === 'jsonapi') expect(def.apiAdapter).toBeDefined();
    });
  }
});

describe('fixtures', () => {
  test('every source has a fixture and an expected file, and every fixture a source', () => {
    for (const def of catalogue) {
      expect(fixtureFileOf(def.id), `fixture for ${def.id}`).toBeDefined();
      for (const file of fixtureFilesOf(def.id))
        expect(readExpected(file), `expected file for ${file}`).toBeDefined();
    }
    const ids = new Set(catalogue.map((s) => s.id));
    for (const name of readdirSync(FIXTURES_DIR)) {
      if (name === 'PROVENANCE.md') continue;
      expect(ids.has(name.split('.')[0] ?? ''), `${name} belongs to no source`).toBe(true);
    }
  });

  for (const def of catalogue) {
    test(`${def.id}: parsed items are usable`, async () => {
      for (const file of fixtureFilesOf(def.id)) checkItems(def.id, await parseFixture(def, file));
    });
  }
});

function checkItems(id: string, items: NormalisedItem[]): void {
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    expect(item.title.trim()).not.toBe('');
    expect(item.url && /^https?:\/\//.test(item.url), `absolute link: ${item.url}`).toBe(true);
    if (item.dateFlag === 'ok') {
      expect(item.publishedAt.getTime()).toBeGreaterThanOrEqual(EARLIEST.getTime());
      expect(item.publishedAt.getTime()).toBeLessThanOrEqual(FETCHED_AT.getTime());
    } else {
      // No date in the document: the fetch time stands in, and the flag says so.
      expect(item.publishedAt.getTime()).toBe(FETCHED_AT.getTime());
    }
  }
  expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  const links = new Set(items.map((i) => i.canonicalUrl));
  if (KNOWN_REPEATED_LINKS[id]) expect(links.size).toBeLessThanOrEqual(items.length);
  else expect(links.size).toBe(items.length);
}

describe('endpointUrl', () => {
  const api = findSource('reliefweb-api');
  const endpoint = api?.endpoints[0];

  test('fills configured query parameters', () => {
    expect(endpoint).toBeDefined();
    if (!endpoint) return;
    const url = new URL(endpointUrl(endpoint, { MIPAS_RELIEFWEB_APPNAME: 'mipas-test' }));
    expect(url.searchParams.get('appname')).toBe('mipas-test');
    expect(url.searchParams.get('preset')).toBe('latest');
  });

  test('refuses to build the URL when the configuration is missing', () => {
    if (!endpoint) return;
    expect(() => endpointUrl(endpoint, {})).toThrow(MissingSourceConfigError);
    expect(() => endpointUrl(endpoint, {})).toThrow(/MIPAS_RELIEFWEB_APPNAME/);
  });

  test('leaves endpoints without configuration as catalogued', () => {
    const feed = findSource('ecre')?.endpoints[0];
    expect(feed && endpointUrl(feed, {})).toBe('https://ecre.org/feed/');
  });
});
