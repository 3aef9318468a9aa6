import type { SourceDefinition } from './types';

export const iom: SourceDefinition = {
  id: 'iom',
  name: 'IOM — news',
  organisation: 'International Organization for Migration (IOM)',
  homepage: 'https://www.iom.int',
  languages: ['en'],
  scope: ['WORLD'],
  kind: 'rss',
  endpoints: [{ url: 'https://www.iom.int/rss.xml', language: 'en' }],
  pollMinutes: 60,
  defaultTags: ['labour-migration', 'return-and-readmission'],
  primary: true,
  notes: 'Drupal site feed of news releases, as public feed-reader configurations name it.',
};
