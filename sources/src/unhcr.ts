import type { SourceDefinition } from './types';

export const unhcr: SourceDefinition = {
  id: 'unhcr',
  name: 'UNHCR — news and press releases',
  organisation: 'UNHCR, the UN Refugee Agency',
  homepage: 'https://www.unhcr.org',
  languages: ['en'],
  scope: ['WORLD'],
  kind: 'rss',
  endpoints: [{ url: 'https://www.unhcr.org/rss.xml', language: 'en' }],
  pollMinutes: 60,
  defaultTags: ['refugees-and-resettlement', 'asylum-procedures'],
  primary: true,
  notes: 'Drupal site-wide feed, as public feed-reader configurations name it.',
};
