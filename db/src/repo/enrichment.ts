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
  origin: 'rule' | 'model' | 'source';
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

/** Replaces the rule and source tags of many items at once; curator tags stay and win. */
export async function replaceMachineTags(
  db: Db,
  entries: Array<{ itemId: number; tags: MachineTag[] }>,
): Promise<void> {
  if (entries.length === 0) return;
  const wanted = new Map(entries.flatMap((e) => e.tags).map((t) => [`${t.kind}:${t.slug}`, t]));
  const ids = await ensureTags(db, [...wanted.values()]);
  await db.delete(itemTags).where(
    and(
      inArray(
        itemTags.itemId,
        entries.map((e) => e.itemId),
      ),
      ne(itemTags.origin, 'curator'),
    ),
  );
  const rows = entries.flatMap((e) =>
    e.tags
      .map((t) => ({
        item_id: e.itemId,
        tag_id: ids.get(`${t.kind}:${t.slug}`),
        origin: t.origin,
        confidence: t.confidence,
      }))
      .filter((r) => r.tag_id !== undefined),
  );
  // One statement for every item's tags; a curator's tag on the same pair stays as it is.
  for (let i = 0; i < rows.length; i += JSON_CHUNK) {
    await db.execute(sql`insert into ${itemTags} (item_id, tag_id, origin, confidence)
      select item_id, tag_id, origin, confidence
      from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + JSON_CHUNK))}::jsonb)
        as r(item_id bigint, tag_id integer, origin text, confidence real)
      on conflict do nothing`);
  }
}

/** Rows per statement when rows travel as one JSON parameter. */
const JSON_CHUNK = 5000;

export interface EnrichmentFields {
  language: string;
  languageConfidence: number;
  relevance: number;
  fingerprint: string;
  contentHash: string;
  primaryCountry: string | null;
}

/** Writes the enrichment of many items in one statement (per 5,000 items). */
export async function saveEnrichments(
  db: Db,
  rows: Array<EnrichmentFields & { itemId: number }>,
  now = new Date(),
): Promise<void> {
  for (let i = 0; i < rows.length; i += JSON_CHUNK) {
    const chunk = rows.slice(i, i + JSON_CHUNK).map((r) => ({
      id: r.itemId,
      language: r.language,
      language_confidence: r.languageConfidence,
      relevance: r.relevance,
      fingerprint: r.fingerprint,
      content_hash: r.contentHash,
      primary_country: r.primaryCountry,
    }));
    await db.execute(sql`update ${items} set
        language = r.language, language_confidence = r.language_confidence, relevance = r.relevance,
        fingerprint = r.fingerprint, content_hash = r.content_hash, primary_country = r.primary_country,
        enriched_at = ${now.toISOString()}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as r(id bigint, language text,
        language_confidence real, relevance real, fingerprint text, content_hash text, primary_country text)
      where ${items.id} = r.id`);
  }
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
    .where(inArray(items.id, ids))
    .orderBy(asc(items.id));
}

/**
 * For each given item, the first item stored before it with exactly the same content, if any
 * (items of the same batch count when their hashes are saved already).
 */
export async function findSameContent(
  db: Db,
  entries: Array<{ itemId: number; contentHash: string }>,
): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (entries.length === 0) return out;
  const hashes = [...new Set(entries.map((e) => e.contentHash))];
  const rows = await db
    .select({ id: items.id, contentHash: items.contentHash })
    .from(items)
    .where(inArray(items.contentHash, hashes))
    .orderBy(asc(items.id));
  const first = new Map<string, number>();
  for (const row of rows)
    if (row.contentHash && !first.has(row.contentHash)) first.set(row.contentHash, row.id);
  for (const e of entries) {
    const earliest = first.get(e.contentHash);
    if (earliest !== undefined && earliest < e.itemId) out.set(e.itemId, earliest);
  }
  return out;
}

export interface StoryCandidate {
  id: number;
  fingerprint: string;
  clusterId: number | null;
  publishedAt: Date;
}

export interface StoryCandidates {
  /** Item ids stored under each band key asked for. */
  byKey: Map<string, number[]>;
  /** Those items, with what the story match needs. */
  items: Map<number, StoryCandidate>;
}

/**
 * The number an LSH band key ("07:1a2b3c4d5e6f7a8b": band, colon, 16 hex digits) is stored as:
 * the hex digits read as a signed 64-bit number, with the band XORed into bits 57-62. Migration
 * 0008 converts stored text keys with the same formula. Two keys may share a number (rarely:
 * another band's digits would have to differ in exactly those bits); that only adds a candidate,
 * which the similarity check then drops.
 */
export function storedBandKey(key: string): string {
  const band = BigInt(Number.parseInt(key.slice(0, 2), 16));
  return BigInt.asIntN(64, BigInt(`0x${key.slice(3)}`) ^ (band << 57n)).toString();
}

/** Items stored under any of these LSH band keys (two statements for any number of keys). */
export async function findStoryCandidates(db: Db, keys: string[]): Promise<StoryCandidates> {
  const byKey = new Map<string, number[]>();
  const found = new Map<number, StoryCandidate>();
  if (keys.length === 0) return { byKey, items: found };
  const asked = new Map<string, string[]>();
  for (const key of new Set(keys)) {
    const stored = storedBandKey(key);
    const same = asked.get(stored);
    if (same) same.push(key);
    else asked.set(stored, [key]);
  }
  const bands = await db
    .select({ bandKey: itemBands.bandKey, itemId: itemBands.itemId })
    .from(itemBands)
    .where(sql`${itemBands.bandKey} = any(${`{${[...asked.keys()].join(',')}}`}::bigint[])`);
  for (const b of bands) {
    for (const key of asked.get(b.bandKey.toString()) ?? []) {
      const list = byKey.get(key);
      if (list) list.push(b.itemId);
      else byKey.set(key, [b.itemId]);
    }
  }
  const ids = [...new Set(bands.map((b) => b.itemId))];
  for (let i = 0; i < ids.length; i += JSON_CHUNK) {
    const rows = await db
      .select({
        id: items.id,
        fingerprint: items.fingerprint,
        clusterId: items.clusterId,
        publishedAt: items.publishedAt,
      })
      .from(items)
      .where(inArray(items.id, ids.slice(i, i + JSON_CHUNK)));
    for (const r of rows) if (r.fingerprint !== null) found.set(r.id, r as StoryCandidate);
  }
  return { byKey, items: found };
}

/** Stores the LSH band keys of many items (one statement per 20,000 keys). */
export async function saveBandKeys(
  db: Db,
  entries: Array<{ itemId: number; keys: string[] }>,
): Promise<void> {
  const pairs = entries.flatMap((e) => e.keys.map((k) => [storedBandKey(k), e.itemId] as const));
  for (let i = 0; i < pairs.length; i += 20_000) {
    const chunk = pairs.slice(i, i + 20_000);
    await db.execute(sql`insert into ${itemBands} (band_key, item_id)
      select * from unnest(${`{${chunk.map((p) => p[0]).join(',')}}`}::bigint[], ${`{${chunk.map((p) => p[1]).join(',')}}`}::bigint[])
      on conflict do nothing`);
  }
}

/**
 * Puts items in stories in three statements: `joins` pairs an item with the story it joins,
 * either an existing story id or a new story (a negative number standing for it, the same for
 * every item joining that new story) founded by `founders` (its first two members). Then each
 * touched story names its original: the earliest item of a primary body, else the earliest.
 * Returns the id each new story got.
 */
export async function joinStories(
  db: Db,
  joins: Array<{ itemId: number; clusterId: number }>,
  founders: Map<number, number[]>,
): Promise<Map<number, number>> {
  const created = new Map<number, number>();
  if (joins.length === 0 && founders.size === 0) return created;
  const fresh = [...founders.keys()];
  if (fresh.length) {
    const rows = await db
      .insert(storyClusters)
      .values(fresh.map((key) => ({ originalItemId: founders.get(key)![0]! })))
      .returning({ id: storyClusters.id });
    // The rows of one insert take their ids from the sequence in the order they are listed.
    const ids = rows.map((r) => r.id).sort((a, b) => a - b);
    fresh.forEach((key, i) => {
      created.set(key, ids[i]!);
    });
  }
  const real = (clusterId: number) => (clusterId < 0 ? created.get(clusterId)! : clusterId);
  const members = new Map<number, number>();
  for (const [key, ids] of founders) for (const id of ids) members.set(id, real(key));
  for (const j of joins) members.set(j.itemId, real(j.clusterId));
  const rows = [...members].map(([id, cluster]) => ({ id, cluster }));
  await db.execute(sql`update ${items} set cluster_id = r.cluster
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id bigint, cluster bigint)
    where ${items.id} = r.id`);
  const touched = [...new Set(rows.map((r) => r.cluster))];
  await db.execute(sql`update ${storyClusters} set original_item_id = o.id, updated_at = now()
    from (select distinct on (i.cluster_id) i.cluster_id, i.id from ${items} i
      join ${sources} s on s.id = i.source_id
      where i.cluster_id = any(${`{${touched.join(',')}}`}::bigint[])
      order by i.cluster_id, s."primary" desc, i.published_at asc, i.id asc) o
    where ${storyClusters.id} = o.cluster_id`);
  return created;
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

/** Marks waiting items, e.g. exact copies of others, without going through the editorial log. */
export async function markNewItemsStatus(db: Db, itemIds: number[], status: string): Promise<void> {
  if (itemIds.length === 0) return;
  await db
    .update(items)
    .set({ status, updatedAt: new Date() })
    .where(and(inArray(items.id, itemIds), eq(items.status, 'new')));
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
