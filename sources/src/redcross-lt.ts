import type { SourceDefinition } from './types';

export const redcrossLt: SourceDefinition = {
  id: 'redcross-lt',
  name: 'Lietuvos Raudonasis Kryžius — naujienos',
  organisation: 'Lithuanian Red Cross Society',
  homepage: 'https://redcross.lt',
  languages: ['lt'],
  scope: ['LTU'],
  kind: 'rss',
  endpoints: [{ url: 'https://redcross.lt/feed/', language: 'lt' }],
  pollMinutes: 180,
  defaultTags: ['integration', 'asylum-procedures'],
  primary: true,
  notes: 'WordPress feed (news are under /naujienos-ir-renginiai/).',
};
