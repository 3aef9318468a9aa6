import type { SourceDefinition } from './types';

export const frontex: SourceDefinition = {
  id: 'frontex',
  name: 'Frontex — news releases',
  organisation: 'Frontex, European Border and Coast Guard Agency',
  homepage: 'https://www.frontex.europa.eu',
  languages: ['en'],
  scope: ['EU'],
  kind: 'html',
  endpoints: [{ url: 'https://www.frontex.europa.eu/media-centre/news/news-release/', language: 'en' }],
  pollMinutes: 120,
  defaultTags: ['border-management', 'statistics-and-data'],
  listing: {
    item: 'article',
    title: 'h3',
    link: 'h3 a',
    date: '.date',
    summary: 'p:not(.date)',
  },
  article: { content: '.text-content' },
  primary: true,
  notes: 'Each release is an `article` whose `h3 a` links to it; release slugs end in a short random code.',
};
