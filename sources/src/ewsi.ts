import type { SourceDefinition } from './types';

export const ewsi: SourceDefinition = {
  id: 'ewsi',
  name: 'European Website on Integration — news',
  organisation: 'European Commission (DG HOME), Migrant Integration Hub',
  homepage: 'https://migrant-integration.ec.europa.eu',
  languages: ['en'],
  scope: ['EU'],
  kind: 'html',
  endpoints: [{ url: 'https://migrant-integration.ec.europa.eu/news_en', language: 'en' }],
  pollMinutes: 240,
  defaultTags: ['integration'],
  listing: {
    item: 'article.ecl-content-item',
    title: '.ecl-content-block__title',
    link: '.ecl-content-block__title a',
    date: '.ecl-content-block__primary-meta-container time',
    dateAttribute: 'datetime',
    summary: '.ecl-content-block__description',
  },
  primary: true,
  notes: 'Europa Component Library (ECL 4) content items, as on other Commission Drupal sites.',
};
