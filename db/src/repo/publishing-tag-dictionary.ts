// The tag table held in memory for the public listings: items carry tag ids only, and the ids
// are resolved here, which keeps the per-request query to an index-only lookup. Filters by tag
// slug are turned into ids here too, so the listing query probes item_tags by (item_id, tag_id)
// instead of joining tags for every candidate row. With each tag the copy keeps how many items
// carry it, which tells the listing whether to walk the newest items or start from the tag.
// The copy is reloaded every minute, at once when an id is not in it, and when a slug is not in
// it but is in the table; `invalidateTagDictionary` drops it after a change.
import { sql } from 'drizzle-orm';
import type { Db } from '../client';

export interface DictionaryTag {
  kind: string;
  slug: string;
  labels: Record<string, string>;
}

interface Dictionary {
  loadedAt: number;
  byId: Map<number, DictionaryTag>;
  /** `kind:slug` to id. */
  bySlug: Map<string, number>;
  /** Items carrying each tag (any status), at load time. */
  counts: Map<number, number>;
  /** Approved items, at load time. */
  approved: number;
}

const MAX_AGE_MS = 60_000;
const dictionaries = new WeakMap<Db, Dictionary>();
const loading = new WeakMap<Db, Promise<Dictionary>>();

function rowsOf(result: unknown): Array<Record<string, unknown>> {
  return (Array.isArray(result) ? result : (result as { rows: Array<Record<string, unknown>> }).rows) ?? [];
}

async function load(db: Db): Promise<Dictionary> {
  const [tagRows, countRows, approvedRows] = await Promise.all([
    db.execute(sql`select id, kind, slug, labels from tags`),
    db.execute(sql`select tag_id, count(*)::int as n from item_tags group by tag_id`),
    db.execute(sql`select count(*)::int as n from items where status = 'approved'`),
  ]);
  const byId = new Map<number, DictionaryTag>();
  const bySlug = new Map<string, number>();
  for (const r of rowsOf(tagRows)) {
    const id = Number(r.id);
    const labels = (typeof r.labels === 'string' ? JSON.parse(r.labels) : r.labels) as Record<string, string>;
    byId.set(id, { kind: String(r.kind), slug: String(r.slug), labels: labels ?? {} });
    bySlug.set(`${r.kind}:${r.slug}`, id);
  }
  const counts = new Map(rowsOf(countRows).map((r) => [Number(r.tag_id), Number(r.n)]));
  const approved = Number(rowsOf(approvedRows)[0]?.n ?? 0);
  const dictionary = { loadedAt: Date.now(), byId, bySlug, counts, approved };
  dictionaries.set(db, dictionary);
  return dictionary;
}

/** Loads the dictionary once for concurrent callers. */
function reload(db: Db): Promise<Dictionary> {
  let pending = loading.get(db);
  if (!pending) {
    pending = load(db).finally(() => loading.delete(db));
    loading.set(db, pending);
  }
  return pending;
}

async function current(db: Db): Promise<Dictionary> {
  const cached = dictionaries.get(db);
  return cached && Date.now() - cached.loadedAt < MAX_AGE_MS ? cached : reload(db);
}

/** Drops the copy, so the next listing reads the tag table again (after tags were changed). */
export function invalidateTagDictionary(db: Db): void {
  dictionaries.delete(db);
}

function compareTags(a: DictionaryTag, b: DictionaryTag): number {
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** Turns each item's tag ids into tags, ordered by kind and slug. */
export async function resolveTagIds(db: Db, idLists: number[][]): Promise<DictionaryTag[][]> {
  let { byId } = await current(db);
  if (idLists.some((ids) => ids.some((id) => !byId.has(id)))) ({ byId } = await reload(db));
  return idLists.map((ids) => {
    const list: DictionaryTag[] = [];
    for (const id of ids) {
      const tag = byId.get(id);
      if (tag) list.push(tag);
    }
    return list.length > 1 ? list.sort(compareTags) : list;
  });
}

/** Ensures the copy has every slug of the kind that the table has; returns the copy. */
async function withSlugs(db: Db, kind: string, slugs: string[]): Promise<Dictionary> {
  const dictionary = await current(db);
  if (slugs.every((slug) => dictionary.bySlug.has(`${kind}:${slug}`))) return dictionary;
  const found = rowsOf(
    await db.execute(
      sql`select id from tags where kind = ${kind} and slug in (${sql.join(
        slugs.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    ),
  );
  return found.some((r) => !dictionary.byId.has(Number(r.id))) ? reload(db) : dictionary;
}

/** The tag of this kind and slug, from the copy (see `resolveTagSlugs` for tags added since). */
export async function findTag(db: Db, kind: string, slug: string): Promise<DictionaryTag | undefined> {
  const dictionary = await withSlugs(db, kind, [slug]);
  const id = dictionary.bySlug.get(`${kind}:${slug}`);
  return id === undefined ? undefined : dictionary.byId.get(id);
}

export interface ResolvedSlugs {
  /** Ids of the slugs that exist. */
  ids: number[];
  /** Items carrying any of them (an upper bound, at load time). */
  tagged: number;
  /** Approved items, at load time. */
  approved: number;
}

/**
 * Ids of the tags of one kind with these slugs. A slug not in the copy is looked up in the table
 * (one indexed query) and, when it exists there, the copy is reloaded: tags are added while the
 * site runs, and a filter on a new tag must find its items.
 */
export async function resolveTagSlugs(db: Db, kind: string, slugs: string[]): Promise<ResolvedSlugs> {
  const dictionary = await withSlugs(db, kind, slugs);
  const ids: number[] = [];
  let tagged = 0;
  for (const slug of slugs) {
    const id = dictionary.bySlug.get(`${kind}:${slug}`);
    if (id === undefined) continue;
    ids.push(id);
    tagged += dictionary.counts.get(id) ?? 0;
  }
  return { ids, tagged, approved: dictionary.approved };
}
