import type { SourceDefinition } from './types';

export const coe: SourceDefinition = {
  id: 'coe',
  name: 'Council of Europe — newsroom',
  organisation: 'Council of Europe',
  homepage: 'https://www.coe.int',
  languages: ['en', 'fr', 'ru'],
  scope: ['EUR'],
  kind: 'html',
  endpoints: [{ url: 'https://www.coe.int/en/web/portal/newsroom', language: 'en' }],
  pollMinutes: 180,
  defaultTags: ['law-and-policy'],
  listing: {
    item: '.asset-abstract',
    title: '.asset-title',
    link: '.asset-title a',
    date: '.metadata-publish-date',
    summary: '.asset-summary',
  },
  primary: true,
  notes: 'Liferay asset publisher ("abstracts" display); article URLs have the `/-/` segment.',
};
