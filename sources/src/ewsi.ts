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
    // The meta line reads e.g. "News article | 30 January 2026"; its text is read, so a listing
    // without a <time> element still yields the date.
    date: '.ecl-content-block__primary-meta-container',
    summary: '.ecl-content-block__description',
  },
  primary: true,
  notes: 'Europa Component Library (ECL 4) content items, as on other Commission Drupal sites.',
};
