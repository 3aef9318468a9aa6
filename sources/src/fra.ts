import type { SourceDefinition } from './types';

export const fra: SourceDefinition = {
  id: 'fra',
  name: 'FRA — news',
  organisation: 'European Union Agency for Fundamental Rights (FRA)',
  homepage: 'https://fra.europa.eu',
  languages: ['en'],
  scope: ['EU'],
  kind: 'rss',
  endpoints: [{ url: 'https://fra.europa.eu/en/rss.xml', language: 'en' }],
  pollMinutes: 180,
  defaultTags: ['law-and-policy', 'border-management'],
  primary: true,
  notes: 'Drupal feed of news, press releases and publications, all themes.',
};
