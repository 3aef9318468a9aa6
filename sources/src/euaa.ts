import type { SourceDefinition } from './types';

export const euaa: SourceDefinition = {
  id: 'euaa',
  name: 'EUAA — press releases',
  organisation: 'European Union Agency for Asylum (EUAA)',
  homepage: 'https://euaa.europa.eu',
  languages: ['en'],
  scope: ['EU'],
  kind: 'html',
  endpoints: [{ url: 'https://euaa.europa.eu/news-events/press-releases', language: 'en' }],
  pollMinutes: 120,
  defaultTags: ['asylum-procedures', 'statistics-and-data'],
  listing: {
    item: '.views-row',
    title: '.field--name-title',
    link: 'a[href*="/news-events/"]',
    // The text ("26 March 2026"), not the datetime attribute: it is there whichever formatter renders it.
    date: 'time, .datetime',
    summary: '.field--name-field-summary, .field--name-body',
  },
  primary: true,
  notes: 'Drupal views listing; the title is not a link, the "Read More" anchor is.',
};
