import type { SourceDefinition } from './types';

export const lrt: SourceDefinition = {
  id: 'lrt',
  name: 'LRT — naujienos / news / новости',
  organisation: 'Lithuanian National Radio and Television (LRT)',
  homepage: 'https://www.lrt.lt',
  languages: ['lt', 'en', 'ru'],
  scope: ['LTU'],
  kind: 'rss',
  endpoints: [
    { url: 'https://www.lrt.lt/?rss', language: 'lt', section: 'naujienos' },
    { url: 'https://www.lrt.lt/en/news-in-english?rss', language: 'en', section: 'news-in-english' },
    { url: 'https://www.lrt.lt/ru/novosti?rss', language: 'ru', section: 'novosti' },
  ],
  pollMinutes: 20,
  defaultTags: [],
  primary: true,
  notes: 'General news in three languages; migration stories are picked out by enrichment.',
};
