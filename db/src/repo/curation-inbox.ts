// The curator inbox: story originals filtered and sorted, with their folded members counted.
import { and, asc, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { itemCuration, items, itemTags, sources, tags } from '../schema/index';

export interface InboxQuery {
  status?: string | undefined;
  sourceId?: string | undefined;
  language?: string | undefined;
  topic?: string | undefined;
  country?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  minRelevance?: number | undefined;
  search?: string | undefined;
  sort?: 'newest' | 'relevance' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface InboxTag {
  kind: string;
  slug: string;
  origin: string;
  labels: Record<string, string>;
}

export const inboxColumns = {
  id: items.id,
  sourceId: items.sourceId,
  sourceName: sources.name,
  sourceTrusted: sources.trusted,
  title: items.title,
  summary: items.summary,
  url: items.url,
  publishedAt: items.publishedAt,
  language: sql<string | null>`coalesce(${items.language}, ${items.declaredLanguage})`,
  status: items.status,
  relevance: items.relevance,
  clusterId: items.clusterId,
  primaryCountry: items.primaryCountry,
  version: items.version,
  titles: itemCuration.titles,
  summaries: itemCuration.summaries,
  note: itemCuration.note,
  featured: itemCuration.featured,
  priority: itemCuration.priority,
  autoApproved: itemCuration.autoApproved,
  duplicateOf: itemCuration.duplicateOf,
};

export interface InboxRow {
  id: number;
  sourceId: string;
  sourceName: string;
  sourceTrusted: boolean;
  title: string;
  summary: string | null;
  url: string | null;
  publishedAt: Date;
  language: string | null;
  status: string;
  relevance: number | null;
  clusterId: number | null;
  primaryCountry: string | null;
  version: number;
  titles: Record<string, string> | null;
  summaries: Record<string, string> | null;
  note: string | null;
  featured: boolean | null;
  priority: number | null;
  autoApproved: boolean | null;
  duplicateOf: number | null;
  members: number;
  tags: InboxTag[];
  contentText?: string | null;
}

function hasTag(kind: string, slug: string): SQL {
  return sql`exists (select 1 from ${itemTags} join ${tags} on ${tags.id} = ${itemTags.tagId}
    where ${itemTags.itemId} = ${items.id} and ${tags.kind} = ${kind} and ${tags.slug} = ${slug})`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function buildConditions(q: InboxQuery): SQL[] {
  const where: SQL[] = [sql`(${items.clusterId} is null or ${items.clusterId} = ${items.id})`];
  if (q.status) where.push(eq(items.status, q.status));
  if (q.sourceId) where.push(eq(items.sourceId, q.sourceId));
  if (q.language) where.push(sql`coalesce(${items.language}, ${items.declaredLanguage}) = ${q.language}`);
  if (q.topic) where.push(hasTag('topic', q.topic));
  if (q.country) where.push(or(eq(items.primaryCountry, q.country), hasTag('country', q.country))!);
  if (q.from) where.push(gte(items.publishedAt, q.from));
  if (q.to) where.push(lte(items.publishedAt, q.to));
  if (q.minRelevance !== undefined) where.push(gte(items.relevance, q.minRelevance));
  if (q.search?.trim()) {
    const pattern = `%${escapeLike(q.search.trim())}%`;
    where.push(or(ilike(items.title, pattern), ilike(items.summary, pattern))!);
  }
  return where;
}

/** One page of the inbox; `members` counts the other items folded under each original. */
export async function listInbox(db: Db, q: InboxQuery = {}): Promise<InboxRow[]> {
  const order =
    q.sort === 'relevance'
      ? [sql`${items.relevance} desc nulls last`, desc(items.id)]
      : [desc(items.publishedAt), desc(items.id)];
  const rows = await db
    .select({
      ...inboxColumns,
      members: sql<number>`(select count(*)::int from ${items} m where m.cluster_id = ${items.id} and m.id <> ${items.id})`,
    })
    .from(items)
    .innerJoin(sources, eq(sources.id, items.sourceId))
    .leftJoin(itemCuration, eq(itemCuration.itemId, items.id))
    .where(and(...buildConditions(q)))
    .orderBy(...order)
    .limit(Math.min(q.limit ?? 50, 200))
    .offset(q.offset ?? 0);
  const tagMap = await loadTags(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, tags: tagMap.get(r.id) ?? [] }));
}

export async function loadTags(db: Db, ids: number[]): Promise<Map<number, InboxTag[]>> {
  const map = new Map<number, InboxTag[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({
      itemId: itemTags.itemId,
      kind: tags.kind,
      slug: tags.slug,
      origin: itemTags.origin,
      labels: tags.labels,
    })
    .from(itemTags)
    .innerJoin(tags, eq(tags.id, itemTags.tagId))
    .where(inArray(itemTags.itemId, ids))
    .orderBy(asc(tags.kind), asc(tags.slug));
  for (const { itemId, ...tag } of rows) {
    const list = map.get(itemId) ?? [];
    list.push(tag);
    map.set(itemId, list);
  }
  return map;
}

/** One item as the reading pane shows it, with the members of its story. */
export async function getCuratedItem(
  db: Db,
  id: number,
): Promise<(InboxRow & { cluster: InboxRow[] }) | undefined> {
  const [row] = await db
    .select({ ...inboxColumns, contentText: items.contentText })
    .from(items)
    .innerJoin(sources, eq(sources.id, items.sourceId))
    .leftJoin(itemCuration, eq(itemCuration.itemId, items.id))
    .where(eq(items.id, id));
  if (!row) return undefined;
  const cluster = row.clusterId
    ? await db
        .select(inboxColumns)
        .from(items)
        .innerJoin(sources, eq(sources.id, items.sourceId))
        .leftJoin(itemCuration, eq(itemCuration.itemId, items.id))
        .where(eq(items.clusterId, row.clusterId))
        .orderBy(asc(items.publishedAt))
        .limit(100)
    : [];
  const tagMap = await loadTags(db, [id, ...cluster.map((c) => c.id)]);
  return {
    ...row,
    members: Math.max(cluster.length - 1, 0),
    tags: tagMap.get(id) ?? [],
    cluster: cluster.map((c) => ({ ...c, members: 0, tags: tagMap.get(c.id) ?? [] })),
  };
}

/** The newest item id: the client polls it to learn that new items arrived. */
export async function findLatestItemId(db: Db): Promise<number> {
  const [row] = await db.select({ id: sql<number | null>`max(${items.id})` }).from(items);
  return Number(row?.id ?? 0);
}
