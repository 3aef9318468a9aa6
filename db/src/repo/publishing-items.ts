// Reads approved items for the public site, feeds and editions: one filter shape, newest first,
// each item with its source name and the ids of its tags (resolved from the in-memory tag
// dictionary), in one query.
import { and, desc, eq, exists, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { itemCuration, items, itemTags, sources, tags } from '../schema/index';
import { resolveTagIds, resolveTagSlugs } from './publishing-tag-dictionary';

export { findTag, invalidateTagDictionary } from './publishing-tag-dictionary';

export interface PublishedFilter {
  /** Topic slugs: an item matches when it has any of them. */
  topics?: string[] | undefined;
  /** Country slugs (tag or primary country). */
  countries?: string[] | undefined;
  sources?: string[] | undefined;
  /** Original languages of the items. */
  languages?: string[] | undefined;
  since?: Date | undefined;
  until?: Date | undefined;
  /** Only items changed (approved, edited) at or after this time. */
  changedSince?: Date | undefined;
  /** Keyset: only items older than this (published, id). */
  before?: { publishedAt: Date; id: number } | undefined;
  limit?: number | undefined;
}

export interface PublishedTag {
  kind: string;
  slug: string;
  labels: Record<string, string>;
}

export interface PublishedItem {
  id: number;
  title: string;
  summary: string | null;
  url: string | null;
  language: string | null;
  publishedAt: Date;
  updatedAt: Date;
  sourceId: string;
  sourceName: string;
  clusterId: number | null;
  primaryCountry: string | null;
  tags: PublishedTag[];
  /** Curator titles and summaries per interface language, when a curator wrote them. */
  titles: Record<string, string>;
  summaries: Record<string, string>;
  featured: boolean;
}

const itemColumns = {
  id: items.id,
  title: items.title,
  summary: items.summary,
  url: sql<string | null>`coalesce(${items.canonicalUrl}, ${items.url})`,
  language: sql<string | null>`coalesce(${items.language}, ${items.declaredLanguage})`,
  publishedAt: items.publishedAt,
  updatedAt: items.updatedAt,
  sourceId: items.sourceId,
  sourceName: sources.name,
  clusterId: items.clusterId,
  primaryCountry: items.primaryCountry,
  titles: itemCuration.titles,
  summaries: itemCuration.summaries,
  featured: itemCuration.featured,
  // Only the ids, as text ("3,12"): the tags themselves come from the in-memory dictionary.
  tagIds: sql<
    string | null
  >`(select string_agg(${itemTags.tagId}::text, ',') from ${itemTags} where ${itemTags.itemId} = ${items.id})`,
};

type ComputedColumns = 'url' | 'language' | 'tagIds';
type ItemColumns = {
  [K in Exclude<keyof typeof itemColumns, ComputedColumns>]: (typeof itemColumns)[K]['_']['data'] | null;
} & { url: string | null; language: string | null; tagIds: unknown };

function toPublished(row: ItemColumns, tagList: PublishedTag[]): PublishedItem {
  return {
    id: row.id!,
    title: row.title!,
    summary: row.summary,
    url: row.url,
    language: row.language,
    publishedAt: row.publishedAt!,
    updatedAt: row.updatedAt!,
    sourceId: row.sourceId!,
    sourceName: row.sourceName ?? row.sourceId!,
    clusterId: row.clusterId,
    primaryCountry: row.primaryCountry,
    tags: tagList,
    titles: row.titles ?? {},
    summaries: row.summaries ?? {},
    featured: row.featured ?? false,
  };
}

/** Reads the comma-separated tag ids. */
function readIds(value: unknown): number[] {
  if (typeof value !== 'string' || value === '') return [];
  return value.split(',').map(Number);
}

async function attachTags(db: Db, rows: ItemColumns[]): Promise<PublishedItem[]> {
  const tagLists = await resolveTagIds(
    db,
    rows.map((r) => readIds(r.tagIds)),
  );
  return rows.map((r, i) => toPublished(r, tagLists[i] ?? []));
}

// The listing is one prepared statement per filter shape (which filters are present, and whether
// a topic filter starts from the tag): the statement text is built once, PostgreSQL parses and
// plans it once per connection, and each request sends only the values. Lists are bound as
// arrays (`= any($n)`), so the number of values does not change the statement.
type Prepared = { execute(values: Record<string, unknown>): Promise<ItemColumns[]> };
const preparedByDb = new WeakMap<Db, Map<string, Prepared>>();

const p = (name: string) => sql.placeholder(name);

/** Items that carry any of the tags: probes item_tags by its key (item_id, tag_id). */
function taggedWith(name: string): SQL {
  return sql`exists (select 1 from ${itemTags} where ${itemTags.itemId} = ${items.id} and ${itemTags.tagId} = any(${p(name)}::int[]))`;
}

interface Shape {
  topics: boolean;
  /** The topic filter reads the (few) items of its tags first instead of walking the newest. */
  topicsFromTag: boolean;
  countries: boolean;
  /** One value is compared with `=`, so the partial index on (source_id, published_at) applies. */
  sources: false | 'one' | 'many';
  languages: false | 'one' | 'many';
  since: boolean;
  until: boolean;
  changedSince: boolean;
  before: boolean;
}

function shapeKey(shape: Shape): string {
  return Object.entries(shape)
    .map(([k, v]) => (v ? k.slice(0, 3) + (k === 'topicsFromTag' ? 'T' : '') + (v === 'one' ? '1' : '') : ''))
    .join('');
}

// Written as a constant, not bound as a parameter: a plan made for any value of a parameter
// could not use the partial indexes on approved items (their predicate is status = 'approved').
const APPROVED = sql`${items.status} = 'approved'`;

/** A list of one value is bound as that value. */
const one = (list: string[]): string | string[] => (list.length === 1 ? list[0]! : list);
const arity = (value: unknown): Shape['sources'] =>
  value === undefined ? false : Array.isArray(value) ? 'many' : 'one';

function oneOf(column: typeof items.sourceId | typeof items.language, name: string, n: 'one' | 'many'): SQL {
  return n === 'one' ? sql`${column} = ${p(name)}` : sql`${column} = any(${p(name)}::text[])`;
}

function buildConditions(shape: Shape): SQL[] {
  const conditions: SQL[] = [APPROVED];
  if (shape.topics && shape.topicsFromTag)
    conditions.push(
      sql`${items.id} = any(array(select ${itemTags.itemId} from ${itemTags} where ${itemTags.tagId} = any(${p('topicIds')}::int[])))`,
    );
  else if (shape.topics) conditions.push(taggedWith('topicIds'));
  if (shape.countries)
    conditions.push(
      sql`(${items.primaryCountry} = any(${p('countries')}::text[]) or ${taggedWith('countryIds')})`,
    );
  if (shape.sources) conditions.push(oneOf(items.sourceId, 'sources', shape.sources));
  if (shape.languages) conditions.push(oneOf(items.language, 'languages', shape.languages));
  if (shape.since) conditions.push(sql`${items.publishedAt} >= ${p('since')}::timestamptz`);
  if (shape.until) conditions.push(sql`${items.publishedAt} < ${p('until')}::timestamptz`);
  if (shape.changedSince) conditions.push(sql`${items.updatedAt} >= ${p('changedSince')}::timestamptz`);
  if (shape.before)
    conditions.push(
      sql`(${items.publishedAt}, ${items.id}) < (${p('beforePublished')}::timestamptz, ${p('beforeId')}::bigint)`,
    );
  return conditions;
}

/** The statement prepared under this name for this database, built on first use. */
function prepared(db: Db, name: string, build: () => Prepared): Prepared {
  let byName = preparedByDb.get(db);
  if (!byName) {
    byName = new Map();
    preparedByDb.set(db, byName);
  }
  let statement = byName.get(name);
  if (!statement) {
    statement = build();
    byName.set(name, statement);
  }
  return statement;
}

/** Published items with their source and curation, filtered by `where`. */
function selectPublished(db: Db, where: SQL | undefined) {
  return db
    .select(itemColumns)
    .from(items)
    .leftJoin(sources, eq(sources.id, items.sourceId))
    .leftJoin(itemCuration, eq(itemCuration.itemId, items.id))
    .where(where);
}

function preparedListing(db: Db, shape: Shape, limit: number): Prepared {
  const name = `published_items_${shapeKey(shape)}_${limit}`;
  return prepared(
    db,
    name,
    () =>
      selectPublished(db, and(...buildConditions(shape)))
        .orderBy(desc(items.publishedAt), desc(items.id))
        // The limit is written into the statement: with it as a parameter PostgreSQL cannot tell
        // how few rows are wanted and plans every execution anew instead of reusing one plan.
        .limit(sql.raw(String(limit)) as unknown as number)
        .prepare(name) as unknown as Prepared,
  );
}

/** Approved items matching the filter, newest first (at most 5000). */
export async function listPublishedItems(db: Db, filter: PublishedFilter = {}): Promise<PublishedItem[]> {
  const limit = Math.trunc(Math.min(Math.max(filter.limit ?? 50, 1), 5000));
  const values: Record<string, unknown> = {};
  let topicsFromTag = false;
  if (filter.topics?.length) {
    const topics = await resolveTagSlugs(db, 'topic', filter.topics);
    values.topicIds = topics.ids;
    // Walking the newest items visits about limit * approved / tagged rows; reading the tag's
    // items visits `tagged`: start from the tag when that is fewer.
    topicsFromTag = topics.tagged * topics.tagged < limit * topics.approved;
  }
  if (filter.countries?.length) {
    values.countries = filter.countries;
    values.countryIds = (await resolveTagSlugs(db, 'country', filter.countries)).ids;
  }
  if (filter.sources?.length) values.sources = one(filter.sources);
  if (filter.languages?.length) values.languages = one(filter.languages);
  if (filter.since) values.since = filter.since.toISOString();
  if (filter.until) values.until = filter.until.toISOString();
  if (filter.changedSince) values.changedSince = filter.changedSince.toISOString();
  if (filter.before) {
    values.beforePublished = filter.before.publishedAt.toISOString();
    values.beforeId = filter.before.id;
  }
  const shape: Shape = {
    topics: values.topicIds !== undefined,
    topicsFromTag,
    countries: values.countries !== undefined,
    sources: arity(values.sources),
    languages: arity(values.languages),
    since: values.since !== undefined,
    until: values.until !== undefined,
    changedSince: values.changedSince !== undefined,
    before: values.beforePublished !== undefined,
  };
  const rows = await preparedListing(db, shape, limit).execute(values);
  return attachTags(db, rows);
}

/** Approved items by id, in the order given; ids no longer approved are left out. */
export async function getPublishedItems(db: Db, ids: number[]): Promise<PublishedItem[]> {
  if (ids.length === 0) return [];
  const byIds = prepared(
    db,
    'published_items_by_id',
    () =>
      selectPublished(db, and(APPROVED, sql`${items.id} = any(${p('ids')}::bigint[])`)).prepare(
        'published_items_by_id',
      ) as unknown as Prepared,
  );
  const rows = await byIds.execute({ ids });
  const byId = new Map((await attachTags(db, rows)).map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Other approved items of the same story cluster. */
export async function listClusterSiblings(db: Db, item: PublishedItem, limit = 10): Promise<PublishedItem[]> {
  if (item.clusterId === null) return [];
  const rows = await db
    .select({ id: items.id })
    .from(items)
    .where(and(eq(items.status, 'approved'), eq(items.clusterId, item.clusterId), ne(items.id, item.id)))
    .orderBy(desc(items.publishedAt))
    .limit(limit);
  return getPublishedItems(
    db,
    rows.map((r) => r.id),
  );
}

/** Tags of one kind that approved items carry, with how many items each. */
export async function listPublishedTags(
  db: Db,
  kind: string,
  limit = 30,
): Promise<Array<PublishedTag & { count: number }>> {
  const n = sql<number>`count(*)::int`;
  return db
    .select({ kind: tags.kind, slug: tags.slug, labels: tags.labels, count: n })
    .from(tags)
    .innerJoin(itemTags, eq(itemTags.tagId, tags.id))
    .innerJoin(items, and(eq(items.id, itemTags.itemId), eq(items.status, 'approved')))
    .where(eq(tags.kind, kind))
    .groupBy(tags.kind, tags.slug, tags.labels)
    .orderBy(desc(n), tags.slug)
    .limit(limit);
}

export async function getTag(db: Db, kind: string, slug: string): Promise<PublishedTag | undefined> {
  const [row] = await db
    .select({ kind: tags.kind, slug: tags.slug, labels: tags.labels })
    .from(tags)
    .where(and(eq(tags.kind, kind), eq(tags.slug, slug)));
  return row;
}

/** Sources with at least one approved item. */
export async function listPublishedSources(db: Db): Promise<Array<{ id: string; name: string }>> {
  return db
    .selectDistinct({ id: sources.id, name: sources.name })
    .from(sources)
    .where(
      exists(
        sql`(select 1 from ${items} where ${items.sourceId} = ${sources.id} and ${items.status} = 'approved')`,
      ),
    )
    .orderBy(sources.name);
}
