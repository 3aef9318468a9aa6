// Sources, fetch attempts, items and tags: the data of the ingestion pipeline.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const sources = pgTable(
  'sources',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    organisation: text('organisation'),
    homepage: text('homepage'),
    kind: text('kind').notNull().default('rss'),
    url: text('url').notNull(),
    /** Catalogue definition this source comes from (`sources/` file id), if any. */
    catalogueId: text('catalogue_id'),
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    scope: jsonb('scope').$type<string[]>().notNull().default([]),
    defaultTags: jsonb('default_tags').$type<string[]>().notNull().default([]),
    /** Kind-specific settings: listing selectors, API adapter, ... */
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    enabled: boolean('enabled').notNull().default(true),
    trusted: boolean('trusted').notNull().default(false),
    primary: boolean('primary').notNull().default(false),
    pollMinutes: integer('poll_minutes').notNull().default(60),
    etag: text('etag'),
    lastModified: text('last_modified'),
    nextFetchAt: ts('next_fetch_at').notNull().defaultNow(),
    lastFetchedAt: ts('last_fetched_at'),
    lastSuccessAt: ts('last_success_at'),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    lastError: text('last_error'),
    disabledReason: text('disabled_reason'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sources_url_unique').on(t.url), index('sources_due_idx').on(t.enabled, t.nextFetchAt)],
);

export const fetchRuns = pgTable(
  'fetch_runs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    /** The pipeline run (cycle) this attempt belongs to. */
    runId: text('run_id'),
    status: text('status').notNull().default('running'),
    url: text('url').notNull(),
    finalUrl: text('final_url'),
    httpStatus: integer('http_status'),
    bytes: integer('bytes'),
    contentType: text('content_type'),
    itemsSeen: integer('items_seen'),
    itemsNew: integer('items_new'),
    itemsDuplicate: integer('items_duplicate'),
    errorCode: text('error_code'),
    error: text('error'),
    warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
    /** Fetched bytes, kept only until the parse stage has read them. */
    body: bytea('body'),
    startedAt: ts('started_at').notNull().defaultNow(),
    fetchedAt: ts('fetched_at'),
    finishedAt: ts('finished_at'),
    durationMs: integer('duration_ms'),
  },
  (t) => [index('fetch_runs_source_idx').on(t.sourceId, t.startedAt)],
);

export const items = pgTable(
  'items',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    guid: text('guid'),
    url: text('url'),
    canonicalUrl: text('canonical_url'),
    title: text('title').notNull(),
    summary: text('summary'),
    contentHtml: text('content_html'),
    contentText: text('content_text'),
    author: text('author'),
    categories: jsonb('categories').$type<string[]>().notNull().default([]),
    publishedAt: ts('published_at').notNull(),
    dateFlag: text('date_flag').notNull().default('ok'),
    fetchedAt: ts('fetched_at').notNull().defaultNow(),
    declaredLanguage: text('declared_language'),
    language: text('language'),
    languageConfidence: real('language_confidence'),
    status: text('status').notNull().default('new'),
    relevance: real('relevance'),
    contentHash: text('content_hash'),
    fingerprint: text('fingerprint'),
    clusterId: bigint('cluster_id', { mode: 'number' }),
    primaryCountry: text('primary_country'),
    enrichedAt: ts('enriched_at'),
    /** Optimistic-concurrency version, bumped on every edit. */
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('items_source_key_unique').on(t.sourceId, t.key),
    uniqueIndex('items_canonical_url_unique').on(t.canonicalUrl).where(sql`${t.canonicalUrl} is not null`),
    index('items_status_published_idx').on(t.status, t.publishedAt),
    index('items_published_idx').on(t.publishedAt),
    index('items_content_hash_idx').on(t.contentHash),
  ],
);

export const tags = pgTable(
  'tags',
  {
    id: serial('id').primaryKey(),
    /** topic, country, organisation or keyword */
    kind: text('kind').notNull(),
    slug: text('slug').notNull(),
    labels: jsonb('labels').$type<Record<string, string>>().notNull().default({}),
  },
  (t) => [uniqueIndex('tags_kind_slug_unique').on(t.kind, t.slug)],
);

export const itemTags = pgTable(
  'item_tags',
  {
    itemId: bigint('item_id', { mode: 'number' })
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    /** rule, source or curator: a curator's tag is never overwritten by a re-run. */
    origin: text('origin').notNull(),
    confidence: real('confidence').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.tagId] }),
    // A listing filtered by a rare tag reads that tag's item ids from here alone (index-only).
    index('item_tags_tag_item_idx').on(t.tagId, t.itemId),
  ],
);
