import type { SourceDefinition } from './types';

export const fergana: SourceDefinition = {
  id: 'fergana',
  name: 'Фергана — новости',
  organisation: 'Fergana news agency',
  homepage: 'https://fergana.agency',
  languages: ['ru'],
  scope: ['UZB', 'KGZ', 'TJK', 'KAZ', 'TKM', 'RUS'],
  kind: 'rss',
  endpoints: [{ url: 'https://fergana.agency/rss/', language: 'ru' }],
  pollMinutes: 60,
  defaultTags: ['labour-migration'],
  primary: true,
  notes: 'Russian-language agency on Central Asia; covers labour migrants in Russia closely.',
};
