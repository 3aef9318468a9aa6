// The tag table held in memory for the public listings: items carry tag ids only, and the ids
// are resolved here, which keeps the per-request query to an index-only lookup. The copy is
// reloaded every minute, and at once when an id is not in it.
import type { Db } from '../client';
import { tags } from '../schema/index';

export interface DictionaryTag {
  kind: string;
  slug: string;
  labels: Record<string, string>;
}

const MAX_AGE_MS = 60_000;
const dictionaries = new WeakMap<Db, { loadedAt: number; byId: Map<number, DictionaryTag> }>();

async function loadDictionary(db: Db): Promise<Map<number, DictionaryTag>> {
  const rows = await db.select().from(tags);
  const byId = new Map(rows.map((r) => [r.id, { kind: r.kind, slug: r.slug, labels: r.labels }]));
  dictionaries.set(db, { loadedAt: Date.now(), byId });
  return byId;
}

/** Turns each item's tag ids into tags, ordered by kind and slug. */
export async function resolveTagIds(db: Db, idLists: number[][]): Promise<DictionaryTag[][]> {
  const cached = dictionaries.get(db);
  let byId = cached && Date.now() - cached.loadedAt < MAX_AGE_MS ? cached.byId : await loadDictionary(db);
  if (idLists.some((ids) => ids.some((id) => !byId.has(id)))) byId = await loadDictionary(db);
  return idLists.map((ids) =>
    ids
      .flatMap((id) => byId.get(id) ?? [])
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug)),
  );
}
