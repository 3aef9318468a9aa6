import type { SourceDefinition } from './types';

export const picum: SourceDefinition = {
  id: 'picum',
  name: 'PICUM — news',
  organisation: 'Platform for International Cooperation on Undocumented Migrants (PICUM)',
  homepage: 'https://picum.org',
  languages: ['en'],
  scope: ['EUR'],
  kind: 'rss',
  endpoints: [{ url: 'https://picum.org/feed/', language: 'en' }],
  pollMinutes: 180,
  defaultTags: ['labour-migration', 'law-and-policy'],
  primary: true,
  notes: 'WordPress feed.',
};
