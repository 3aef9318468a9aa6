import type { SourceDefinition } from './types';

export const reliefweb: SourceDefinition = {
  id: 'reliefweb',
  name: 'ReliefWeb — updates',
  organisation: 'UN OCHA ReliefWeb',
  homepage: 'https://reliefweb.int',
  languages: ['en', 'fr', 'es'],
  scope: ['WORLD'],
  kind: 'rss',
  endpoints: [{ url: 'https://reliefweb.int/updates/rss.xml', language: 'en' }],
  pollMinutes: 30,
  defaultTags: [],
  primary: false,
  notes: 'Re-posts reports of many bodies; the `tag source` div names the original publisher.',
};
