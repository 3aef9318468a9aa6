import type { SourceDefinition } from './types';

export const emn: SourceDefinition = {
  id: 'emn',
  name: 'European Migration Network — news',
  organisation: 'European Migration Network (EMN), European Commission DG HOME',
  homepage: 'https://home-affairs.ec.europa.eu/networks/european-migration-network-emn_en',
  languages: ['en'],
  scope: ['EU'],
  kind: 'html',
  endpoints: [
    {
      url: 'https://home-affairs.ec.europa.eu/networks/european-migration-network-emn/emn-news_en',
      language: 'en',
    },
  ],
  pollMinutes: 240,
  defaultTags: ['law-and-policy', 'statistics-and-data'],
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
  notes: 'Europa Component Library (ECL 4) listing on the DG HOME site.',
};
