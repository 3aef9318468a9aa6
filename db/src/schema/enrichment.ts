// What enrichment keeps beside the items: LSH band keys to find near-duplicate candidates,
// story clusters with their original, and the curators' relevance model.
import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { items } from './ingest';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * One row per LSH band key of an item (64 per item). No foreign key: checking it cost about a
 * third of each row's insert on PGlite. A trigger on `items` (migration 0007) deletes an item's
 * rows with it, as the cascade did; and a look-up only uses the items it then finds in `items`.
 * The key is a 64-bit number (`storedBandKey`, migration 0008): as text it made each row's
 * insert about twice as dear on PGlite.
 */
export const itemBands = pgTable(
  'item_bands',
  {
    bandKey: bigint('band_key', { mode: 'bigint' }).notNull(),
    itemId: bigint('item_id', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.bandKey, t.itemId] }), index('item_bands_item_idx').on(t.itemId)],
);

export const storyClusters = pgTable('story_clusters', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  /** The member shown for the story: the earliest item of a primary body, else the earliest. */
  originalItemId: bigint('original_item_id', { mode: 'number' }).references(() => items.id, {
    onDelete: 'set null',
  }),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const relevanceModels = pgTable('relevance_models', {
  id: text('id').primaryKey(),
  model: jsonb('model').notNull(),
  decisions: integer('decisions').notNull().default(0),
  trainedAt: ts('trained_at').notNull().defaultNow(),
});
