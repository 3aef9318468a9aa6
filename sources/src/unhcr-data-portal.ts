import type { SourceDefinition } from './types';

export const unhcrDataPortal: SourceDefinition = {
  id: 'unhcr-data-portal',
  name: 'UNHCR Operational Data Portal — documents',
  organisation: 'UNHCR, the UN Refugee Agency',
  homepage: 'https://data2.unhcr.org',
  languages: ['en'],
  scope: ['WORLD'],
  kind: 'html',
  endpoints: [
    {
      url: 'https://data2.unhcr.org/en/search?type=document&sort=publishDate&direction=desc',
      language: 'en',
    },
  ],
  pollMinutes: 180,
  defaultTags: ['statistics-and-data', 'refugees-and-resettlement'],
  listing: {
    item: 'li.searchResultItem',
    title: '.searchResultItem_title',
    link: '.searchResultItem_title a',
    date: '.searchResultItem_date b:first-child',
    summary: '.searchResultItem_body',
  },
  primary: true,
  notes: 'Document search results; the first bold date is the publish date, the second the create date.',
};
