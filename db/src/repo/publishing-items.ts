// Reads approved items for the public site, feeds and editions: one filter shape, newest first,
// each item with its source name and tags.
import { and, desc, eq, exists, gte, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { itemCuration, items, itemTags, sources, tags } from '../schema/index';
import { resolveTagIds } from './publishing-tag-dictionary';

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

function hasTag(kind: string, slugs: string[]): SQL {
  return exists(
    sql`(select 1 from ${itemTags} join ${tags} on ${tags.id} = ${itemTags.tagId}
      where ${itemTags.itemId} = ${items.id} and ${tags.kind} = ${kind} and ${inArray(tags.slug, slugs)})`,
  );
}

function buildConditions(filter: PublishedFilter): SQL[] {
  const conditions: SQL[] = [eq(items.status, 'approved')];
  if (filter.topics?.length) conditions.push(hasTag('topic', filter.topics));
  if (filter.countries?.length)
    conditions.push(
      or(inArray(items.primaryCountry, filter.countries), hasTag('country', filter.countries))!,
    );
  if (filter.sources?.length) conditions.push(inArray(items.sourceId, filter.sources));
  if (filter.languages?.length) conditions.push(inArray(items.language, filter.languages));
  if (filter.since) conditions.push(gte(items.publishedAt, filter.since));
  if (filter.until) conditions.push(lt(items.publishedAt, filter.until));
  if (filter.changedSince) conditions.push(gte(items.updatedAt, filter.changedSince));
  if (filter.before) {
    const b = filter.before;
    conditions.push(
      or(
        lt(items.publishedAt, b.publishedAt),
        and(eq(items.publishedAt, b.publishedAt), lt(items.id, b.id)),
      )!,
    );
  }
  return conditions;
}

const itemColumns = {
  id: items.id,
  title: items.title,
  summary: items.summary,
  url: items.url,
  canonicalUrl: items.canonicalUrl,
  language: items.language,
  declaredLanguage: items.declaredLanguage,
  publishedAt: items.publishedAt,
  updatedAt: items.updatedAt,
  sourceId: items.sourceId,
  sourceName: sources.name,
  clusterId: items.clusterId,
  primaryCountry: items.primaryCountry,
  titles: itemCuration.titles,
  summaries: itemCuration.summaries,
  featured: itemCuration.featured,
  // Only the ids: the tags themselves come from the in-memory dictionary.
  tagIds: sql<
    number[]
  >`coalesce((select array_agg(${itemTags.tagId}) from ${itemTags} where ${itemTags.itemId} = ${items.id}), '{}')`,
};

type ItemColumns = {
  [K in Exclude<keyof typeof itemColumns, 'tagIds'>]: (typeof itemColumns)[K]['_']['data'] | null;
} & { tagIds: unknown };

function toPublished(row: ItemColumns, tagList: PublishedTag[]): PublishedItem {
  return {
    id: row.id!,
    title: row.title!,
    summary: row.summary,
    url: row.canonicalUrl ?? row.url,
    language: row.language ?? row.declaredLanguage,
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

/** Reads the id array whichever way the driver hands it over (array, or PostgreSQL text form). */
function readIds(value: unknown): number[] {
  if (Array.isArray(value)) return value.map(Number);
  if (typeof value === 'string') return value.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);
  return [];
}

async function attachTags(db: Db, rows: ItemColumns[]): Promise<PublishedItem[]> {
  const tagLists = await resolveTagIds(
    db,
    rows.map((r) => readIds(r.tagIds)),
  );
  return rows.map((r, i) => toPublished(r, tagLists[i] ?? []));
}

/** Approved items matching the filter, newest first (at most 500). */
export async function listPublishedItems(db: Db, filter: PublishedFilter = {}): Promise<PublishedItem[]> {
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 5000);
  const rows = await db
    .select(itemColumns)
    .from(items)
    .leftJoin(sources, eq(sources.id, items.sourceId))
    .leftJoin(itemCuration, eq(itemCuration.itemId, items.id))
    .where(and(...buildConditions(filter)))
    .orderBy(desc(items.publishedAt), desc(items.id))
    .limit(limit);
  return attachTags(db, rows);
}

/** Approved items by id, in the order given; ids no longer approved are left out. */
export async function getPublishedItems(db: Db, ids: number[]): Promise<PublishedItem[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(itemColumns)
    .from(items)
    .leftJoin(sources, eq(sources.id, items.sourceId))
    .leftJoin(itemCuration, eq(itemCuration.itemId, items.id))
    .where(and(eq(items.status, 'approved'), inArray(items.id, ids)));
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
