// The source catalogue: one file per body, all listed here. Everything about a source is data
// in its file; this registry, the database seeding and docs/sources.md read the same objects.
import { coe } from './coe';
import { ecre } from './ecre';
import { emn } from './emn';
import { euaa } from './euaa';
import { eurostat } from './eurostat';
import { eurostatNews } from './eurostat-news';
import { ewsi } from './ewsi';
import { fergana } from './fergana';
import { fra } from './fra';
import { frontex } from './frontex';
import { infomigrants } from './infomigrants';
import { iom } from './iom';
import { lrt } from './lrt';
import { migracija } from './migracija';
import { picum } from './picum';
import { redcrossLt } from './redcross-lt';
import { reliefweb } from './reliefweb';
import { reliefwebApi } from './reliefweb-api';
import type { SourceDefinition } from './types';
import { udsc } from './udsc';
import { unNews } from './un-news';
import { unhcr } from './unhcr';
import { unhcrDataPortal } from './unhcr-data-portal';
import { vrm } from './vrm';

export { parseReliefwebApi } from './adapters/reliefweb-api';
export { endpointUrl, MissingSourceConfigError } from './endpoint';
export { parseSourceDocument, type SourceDocument } from './parse';
export type * from './types';

export const catalogue: SourceDefinition[] = [
  // International and EU bodies
  unhcr,
  unhcrDataPortal,
  iom,
  euaa,
  eurostat,
  eurostatNews,
  reliefweb,
  reliefwebApi,
  infomigrants,
  ewsi,
  emn,
  frontex,
  ecre,
  picum,
  unNews,
  coe,
  fra,
  // Lithuania
  migracija,
  vrm,
  redcrossLt,
  lrt,
  // Poland and the Russian-language press
  udsc,
  fergana,
];

export function findSource(id: string): SourceDefinition | undefined {
  return catalogue.find((s) => s.id === id);
}
