import type { SourceDefinition } from './types';

export const reliefweb: SourceDefinition = {
  id: 'reliefweb',
  name: 'ReliefWeb — refugee and migration updates',
  organisation: 'UN OCHA ReliefWeb',
  homepage: 'https://reliefweb.int',
  languages: ['en', 'fr', 'es'],
  scope: ['WORLD'],
  kind: 'rss',
  endpoints: [
    {
      url: 'https://reliefweb.int/updates/rss.xml?search=refugees%20OR%20migrants%20OR%20migration',
      language: 'en',
      section: 'refugees-and-migration',
    },
  ],
  pollMinutes: 30,
  defaultTags: ['refugees-and-resettlement'],
  article: { content: '.rw-report__content' },
  primary: false,
  notes: 'Re-posts reports of many bodies; the `tag source` div names the original publisher.',
};
