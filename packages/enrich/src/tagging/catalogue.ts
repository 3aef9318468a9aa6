// Lists what the tagger can emit, for the admin UI, the API and the docs.
import { getCountries, getOrganisations, getTaxonomy } from './compile';

export const TAXONOMY_VERSION: string = getTaxonomy().version;

export function listTopics(): Array<{ slug: string; labels: { lt: string; en: string; ru: string } }> {
  return getTaxonomy().topics.map((t) => ({ slug: t.slug, labels: { ...t.labels } }));
}

export function listCountries(): Array<{ code: string; names: { lt: string; en: string; ru: string } }> {
  return getCountries().map((c) => ({
    code: c.code,
    names: { lt: c.names.lt?.[0] ?? c.code, en: c.names.en?.[0] ?? c.code, ru: c.names.ru?.[0] ?? c.code },
  }));
}

export function listOrganisations(): Array<{ slug: string; name: string }> {
  return getOrganisations().map((o) => ({ slug: o.slug, name: o.name }));
}
