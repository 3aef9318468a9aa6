import type { SourceDefinition } from './types';

const FEEDS = 'https://news.un.org/feed/subscribe';

export const unNews: SourceDefinition = {
  id: 'un-news',
  name: 'UN News — migrants and refugees',
  organisation: 'United Nations, Department of Global Communications',
  homepage: 'https://news.un.org',
  languages: ['en', 'ru'],
  scope: ['WORLD'],
  kind: 'rss',
  endpoints: [
    { url: `${FEEDS}/en/news/region/europe/feed/rss.xml`, language: 'en', section: 'europe' },
    {
      url: `${FEEDS}/en/news/topic/migrants-and-refugees/feed/rss.xml`,
      language: 'en',
      section: 'migrants-and-refugees',
    },
    {
      url: `${FEEDS}/ru/news/topic/migrants-and-refugees/feed/rss.xml`,
      language: 'ru',
      section: 'migrants-and-refugees-ru',
    },
  ],
  pollMinutes: 60,
  defaultTags: ['refugees-and-resettlement'],
  primary: true,
};
