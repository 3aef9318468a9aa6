import type { SourceDefinition } from './types';

export const vrm: SourceDefinition = {
  id: 'vrm',
  name: 'Vidaus reikalų ministerija — naujienos',
  organisation: 'Ministry of the Interior of the Republic of Lithuania',
  homepage: 'https://vrm.lrv.lt',
  languages: ['lt', 'en'],
  scope: ['LTU'],
  kind: 'rss',
  endpoints: [{ url: 'https://vrm.lrv.lt/lt/naujienos/rss/', language: 'lt' }],
  pollMinutes: 60,
  defaultTags: ['law-and-policy', 'border-management'],
  primary: true,
  notes: 'lrv.lt platform feed; all ministry news, migration is one topic among many.',
};
