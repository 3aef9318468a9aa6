import type { SourceDefinition } from './types';

const PORTLET = 'estatsearchportlet_WAR_estatsearchportlet';

export const eurostatNews: SourceDefinition = {
  id: 'eurostat-news',
  name: 'Eurostat — news releases',
  organisation: 'Eurostat, European Commission',
  homepage: 'https://ec.europa.eu/eurostat',
  languages: ['en'],
  scope: ['EU'],
  kind: 'atom',
  endpoints: [
    {
      url:
        `https://ec.europa.eu/eurostat/en/search?p_p_id=${PORTLET}&p_p_lifecycle=2&p_p_state=maximized` +
        `&p_p_mode=view&p_p_resource_id=atom&_${PORTLET}_collection=CAT_PREREL`,
      language: 'en',
      section: 'news-releases',
    },
  ],
  pollMinutes: 180,
  defaultTags: ['statistics-and-data'],
  primary: true,
  notes:
    'Atom feed of the search portlet (listed in Eurostat’s RSS directory, /eurostat/web/rss), all themes; ' +
    'a `_theme` parameter narrows it. Asylum and migration releases are picked out by enrichment.',
};
