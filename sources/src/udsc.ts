import type { SourceDefinition } from './types';

export const udsc: SourceDefinition = {
  id: 'udsc',
  name: 'Urząd do Spraw Cudzoziemców — aktualności',
  organisation: 'Office for Foreigners of the Republic of Poland (UdSC)',
  homepage: 'https://udsc.gov.pl',
  languages: ['pl', 'en'],
  scope: ['POL'],
  kind: 'rss',
  endpoints: [{ url: 'https://udsc.gov.pl/feed/', language: 'pl' }],
  pollMinutes: 120,
  defaultTags: ['asylum-procedures', 'statistics-and-data'],
  primary: true,
  notes: 'WordPress feed of the Office’s news (aktualności).',
};
