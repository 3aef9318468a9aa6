import type { SourceDefinition } from './types';

export const frontex: SourceDefinition = {
  id: 'frontex',
  name: 'Frontex — news releases',
  organisation: 'Frontex, European Border and Coast Guard Agency',
  homepage: 'https://www.frontex.europa.eu',
  languages: ['en'],
  scope: ['EU'],
  kind: 'rss',
  endpoints: [{ url: 'https://www.frontex.europa.eu/media-centre/news/news-release/feed', language: 'en' }],
  pollMinutes: 120,
  defaultTags: ['border-management', 'statistics-and-data'],
  article: { content: '.text-content' },
  primary: true,
  notes:
    'Feed of the news-release list (/media-centre/news/news-release/); release slugs end in a short ' +
    'random code. On a release page the text is in `.text-content`.',
};
