import type { SourceDefinition } from './types';

export const ecre: SourceDefinition = {
  id: 'ecre',
  name: 'ECRE — news and weekly bulletin',
  organisation: 'European Council on Refugees and Exiles (ECRE)',
  homepage: 'https://ecre.org',
  languages: ['en'],
  scope: ['EUR'],
  kind: 'rss',
  endpoints: [{ url: 'https://ecre.org/feed/', language: 'en' }],
  pollMinutes: 60,
  defaultTags: ['asylum-procedures', 'law-and-policy'],
  primary: true,
  notes: 'WordPress feed.',
};
