// Storage of enrichment results: item fields, machine tags (never over a curator's), LSH band
// keys, story clusters and the relevance model.
import { and, asc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { itemBands, relevanceModels, storyClusters } from '../schema/enrichment';
import { items, itemTags, sources, tags } from '../schema/ingest';

export type TagKind = 'topic' | 'country' | 'organisation' | 'keyword';

export interface MachineTag {
  kind: TagKind;
  slug: string;
  origin: 'rule' | 'source';
  confidence: number;
  labels?: Record<string, string>;
}

/** Tag ids by `kind:slug`, per database (one process may hold several, as tests do). */
const tagIdCaches = new WeakMap<Db, Map<string, number>>();

function tagIdCache(db: Db): Map<string, number> {
  let cache = tagIdCaches.get(db);
  if (!cache) {
    cache = new Map();
    tagIdCaches.set(db, cache);
  }
  return cache;
}

/** Ids of the given tags, creating the ones not there yet. */
export async function ensureTags(
  db: Db,
  wanted: Array<{ kind: string; slug: string; labels?: Record<string, string> }>,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const cache = tagIdCache(db);
  const missing = wanted.filter((t) => {
    const id = cache.get(`${t.kind}:${t.slug}`);
    if (id !== undefined) out.set(`${t.kind}:${t.slug}`, id);
    return id === undefined;
  });
  if (missing.length) {
    await db
      .insert(tags)
      .values(missing.map((t) => ({ kind: t.kind, slug: t.slug, labels: t.labels ?? {} })))
      .onConflictDoNothing();
    const rows = await db
      .select({ id: tags.id, kind: tags.kind, slug: tags.slug })
      .from(tags)
      .where(
        inArray(
          sql`${tags.kind} || ':' || ${tags.slug}`,
          missing.map((t) => `${t.kind}:${t.slug}`),
        ),
      );
    for (const row of rows) {
      cache.set(`${row.kind}:${row.slug}`, row.id);
      out.set(`${row.kind}:${row.slug}`, row.id);
    }
  }
  return out;
}

/** Replaces an item's rule and source tags; curator tags stay, and win over a machine tag. */
export async function replaceMachineTags(db: Db, itemId: number, machineTags: MachineTag[]): Promise<void> {
  const ids = await ensureTags(db, machineTags);
  await db.delete(itemTags).where(and(eq(itemTags.itemId, itemId), ne(itemTags.origin, 'curator')));
  const rows = machineTags
    .map((t) => ({
      itemId,
      tagId: ids.get(`${t.kind}:${t.slug}`)!,
      origin: t.origin,
      confidence: t.confidence,
    }))
    .filter((r) => r.tagId !== undefined);
  if (rows.length) await db.insert(itemTags).values(rows).onConflictDoNothing();
}

export interface EnrichmentFields {
  language: string;
  languageConfidence: number;
  relevance: number;
  fingerprint: string;
  contentHash: string;
  primaryCountry: string | null;
}

export async function saveEnrichment(db: Db, itemId: number, fields: EnrichmentFields): Promise<void> {
  await db
    .update(items)
    .set({ ...fields, enrichedAt: new Date() })
    .where(eq(items.id, itemId));
}

export function loadItemsForEnrichment(db: Db, ids: number[]) {
  return db
    .select({
      item: items,
      source: {
        id: sources.id,
        languages: sources.languages,
        defaultTags: sources.defaultTags,
        scope: sources.scope,
        primary: sources.primary,
      },
    })
    .from(items)
    .innerJoin(sources, eq(items.sourceId, sources.id))
    .where(inArray(items.id, ids));
}

/** Another item with exactly the same content, if one was stored before this one. */
export async function findSameContent(
  db: Db,
  itemId: number,
  contentHash: string,
): Promise<number | undefined> {
  const [row] = await db
    .select({ id: items.id })
    .from(items)
    .where(and(eq(items.contentHash, contentHash), ne(items.id, itemId), sql`${items.id} < ${itemId}`))
    .orderBy(asc(items.id))
    .limit(1);
  return row?.id;
}

export interface StoryCandidate {
  id: number;
  fingerprint: string;
  clusterId: number | null;
}

/** Items sharing at least one LSH band key with these, published since `since`. */
export async function findStoryCandidates(
  db: Db,
  itemId: number,
  keys: string[],
  since: Date,
  limit = 50,
): Promise<StoryCandidate[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: items.id, fingerprint: items.fingerprint, clusterId: items.clusterId })
    .from(itemBands)
    .innerJoin(items, eq(itemBands.itemId, items.id))
    .where(and(inArray(itemBands.bandKey, keys), ne(itemBands.itemId, itemId), gte(items.publishedAt, since)))
    .limit(limit);
  return rows.filter((r): r is StoryCandidate => r.fingerprint !== null);
}

export async function saveBandKeys(db: Db, itemId: number, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insert(itemBands)
    .values(keys.map((bandKey) => ({ bandKey, itemId })))
    .onConflictDoNothing();
}

/**
 * Puts an item in a story with `match`, creating the story when `match` has none, then names
 * the story's original: the earliest item of a primary body, else the earliest item.
 */
export async function joinStory(db: Db, itemId: number, match: StoryCandidate): Promise<number> {
  let clusterId = match.clusterId;
  if (clusterId === null) {
    const [created] = await db
      .insert(storyClusters)
      .values({ originalItemId: match.id })
      .returning({ id: storyClusters.id });
    clusterId = created!.id;
    await db.update(items).set({ clusterId }).where(eq(items.id, match.id));
  }
  await db.update(items).set({ clusterId }).where(eq(items.id, itemId));
  const [original] = await db
    .select({ id: items.id })
    .from(items)
    .innerJoin(sources, eq(items.sourceId, sources.id))
    .where(eq(items.clusterId, clusterId))
    .orderBy(sql`${sources.primary} desc`, asc(items.publishedAt), asc(items.id))
    .limit(1);
  await db
    .update(storyClusters)
    .set({ originalItemId: original!.id, updatedAt: new Date() })
    .where(eq(storyClusters.id, clusterId));
  return clusterId;
}

export async function getStoryOriginal(db: Db, clusterId: number): Promise<number | null> {
  const [row] = await db
    .select({ id: storyClusters.originalItemId })
    .from(storyClusters)
    .where(eq(storyClusters.id, clusterId));
  return row?.id ?? null;
}

export async function loadRelevanceModel(db: Db): Promise<unknown | undefined> {
  const [row] = await db.select().from(relevanceModels).where(eq(relevanceModels.id, 'default'));
  return row?.model;
}

export async function saveRelevanceModel(db: Db, model: unknown, decisions: number): Promise<void> {
  await db
    .insert(relevanceModels)
    .values({ id: 'default', model, decisions })
    .onConflictDoUpdate({ target: relevanceModels.id, set: { model, decisions, trainedAt: new Date() } });
}

/** Curators' approve/reject decisions, newest first, for training the relevance model. */
export function loadDecisions(db: Db, limit = 20_000) {
  return db
    .select({ title: items.title, summary: items.summary, language: items.language, status: items.status })
    .from(items)
    .where(inArray(items.status, ['approved', 'rejected', 'withdrawn']))
    .orderBy(sql`${items.updatedAt} desc`)
    .limit(limit);
}

/** Marks an item, e.g. an exact copy of another, without going through the editorial log. */
export async function markItemStatus(db: Db, itemId: number, status: string): Promise<void> {
  await db.update(items).set({ status, updatedAt: new Date() }).where(eq(items.id, itemId));
}

/** Ids of items published since `since`, after `afterId`, in id order: one page of a re-run. */
export async function pageItemIds(
  db: Db,
  since: Date | undefined,
  afterId: number,
  limit: number,
): Promise<number[]> {
  const rows = await db
    .select({ id: items.id })
    .from(items)
    .where(and(sql`${items.id} > ${afterId}`, since ? gte(items.publishedAt, since) : undefined))
    .orderBy(asc(items.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

export async function countItemsSince(db: Db, since: Date | undefined, afterId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(items)
    .where(and(sql`${items.id} > ${afterId}`, since ? gte(items.publishedAt, since) : undefined));
  return row?.n ?? 0;
}
