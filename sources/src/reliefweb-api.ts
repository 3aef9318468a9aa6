import type { SourceDefinition } from './types';

const FIELDS = [
  'title',
  'url_alias',
  'date.original',
  'body',
  'source.shortname',
  'theme.name',
  'language.code',
];

export const reliefwebApi: SourceDefinition = {
  id: 'reliefweb-api',
  name: 'ReliefWeb API — refugee and migration reports',
  organisation: 'UN OCHA ReliefWeb',
  homepage: 'https://reliefweb.int',
  languages: ['en', 'fr', 'es'],
  scope: ['WORLD'],
  kind: 'jsonapi',
  apiAdapter: 'reliefweb',
  endpoints: [
    {
      url:
        'https://api.reliefweb.int/v1/reports?preset=latest&limit=50&query%5Bvalue%5D=refugees%20OR%20migrants' +
        FIELDS.map((f) => `&fields%5Binclude%5D%5B%5D=${f}`).join(''),
      language: 'en',
      configParams: { appname: 'MIPAS_RELIEFWEB_APPNAME' },
    },
  ],
  pollMinutes: 30,
  defaultTags: ['refugees-and-resettlement'],
  requiresConfig: ['MIPAS_RELIEFWEB_APPNAME'],
  article: { content: '.rw-report__content' },
  primary: false,
  notes: 'Needs an appname approved by ReliefWeb (MIPAS_RELIEFWEB_APPNAME); build the URL with endpointUrl.',
};
