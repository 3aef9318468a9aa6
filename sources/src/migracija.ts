import type { SourceDefinition } from './types';

export const migracija: SourceDefinition = {
  id: 'migracija',
  name: 'Migracijos departamentas — naujienos',
  organisation: 'Migration Department under the Ministry of the Interior of Lithuania',
  homepage: 'https://migracija.lrv.lt',
  languages: ['lt', 'en'],
  scope: ['LTU'],
  kind: 'rss',
  endpoints: [{ url: 'https://migracija.lrv.lt/lt/naujienos/rss/', language: 'lt' }],
  pollMinutes: 60,
  defaultTags: ['asylum-procedures', 'labour-migration'],
  primary: true,
  notes: 'migracija.lt redirects here; lrv.lt (the government site platform) serves each news list as RSS.',
};
