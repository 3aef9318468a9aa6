import type { SourceDefinition } from './types';

export const eurostat: SourceDefinition = {
  id: 'eurostat',
  name: 'Eurostat — data updates',
  organisation: 'Eurostat, European Commission',
  homepage: 'https://ec.europa.eu/eurostat',
  languages: ['en', 'de', 'fr'],
  scope: ['EU'],
  kind: 'rss',
  endpoints: [
    {
      url: 'https://ec.europa.eu/eurostat/api/dissemination/catalogue/rss/en/statistics-update.rss',
      language: 'en',
      section: 'data-updates',
    },
  ],
  pollMinutes: 360,
  defaultTags: ['statistics-and-data'],
  primary: true,
  notes:
    'Every dataset update of the last days, all themes; asylum and migration datasets have `migr_` codes ' +
    '(e.g. migr_asyappctzm). Filtering to migration happens in enrichment, not here.',
};
