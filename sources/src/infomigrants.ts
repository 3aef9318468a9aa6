import type { SourceDefinition } from './types';

export const infomigrants: SourceDefinition = {
  id: 'infomigrants',
  name: 'InfoMigrants',
  organisation: 'InfoMigrants (France Médias Monde, Deutsche Welle, ANSA)',
  homepage: 'https://www.infomigrants.net',
  languages: ['en', 'fr', 'ar', 'fa', 'ps', 'bn', 'ti'],
  scope: ['EUR', 'WORLD'],
  kind: 'rss',
  endpoints: [{ url: 'https://www.infomigrants.net/en/rss/all.xml', language: 'en' }],
  pollMinutes: 30,
  defaultTags: ['asylum-procedures', 'border-management'],
  primary: true,
};
