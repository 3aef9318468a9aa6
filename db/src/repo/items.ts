import { and, count, desc, eq, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { items } from '../schema/index';

export type ItemRow = typeof items.$inferSelect;
export type NewItem = typeof items.$inferInsert;

export interface InsertOutcome {
  /** Ids of the rows inserted now. */
  inserted: number[];
  /** Items already stored (same source and key, or same canonical URL). */
  duplicates: number;
}

/** Stores items once: a repeat of a known (source, key) or canonical URL is counted, not stored. */
export async function insertItems(db: Db, rows: NewItem[]): Promise<InsertOutcome> {
  if (rows.length === 0) return { inserted: [], duplicates: 0 };
  const inserted: number[] = [];
  // Chunks keep each statement well under PostgreSQL's parameter limit.
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    const result = await db.insert(items).values(chunk).onConflictDoNothing().returning({ id: items.id });
    inserted.push(...result.map((r) => r.id));
  }
  return { inserted, duplicates: rows.length - inserted.length };
}

/** Stores items once, like `insertItems`, and names each row stored now by source and key. */
export async function insertItemsKeyed(
  db: Db,
  rows: NewItem[],
): Promise<Array<{ id: number; sourceId: string; key: string }>> {
  const inserted: Array<{ id: number; sourceId: string; key: string }> = [];
  for (let i = 0; i < rows.length; i += 200) {
    const result = await db
      .insert(items)
      .values(rows.slice(i, i + 200))
      .onConflictDoNothing()
      .returning({ id: items.id, sourceId: items.sourceId, key: items.key });
    inserted.push(...result);
  }
  return inserted;
}

export interface ItemQuery {
  status?: string | undefined;
  sourceId?: string | undefined;
  limit?: number | undefined;
  /** Keyset cursor from the previous page (`nextCursor`). */
  cursor?: string | undefined;
}

export interface ItemPage {
  items: ItemRow[];
  nextCursor: string | null;
}

function encodeCursor(row: ItemRow): string {
  return Buffer.from(`${row.publishedAt.toISOString()}|${row.id}`).toString('base64url');
}

export class BadCursorError extends Error {
  constructor() {
    super('the cursor is not one this API issued');
    this.name = 'BadCursorError';
  }
}

function decodeCursor(cursor: string): { publishedAt: Date; id: number } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const publishedAt = new Date(iso ?? '');
  const numericId = Number(id);
  if (Number.isNaN(publishedAt.getTime()) || !Number.isSafeInteger(numericId)) throw new BadCursorError();
  return { publishedAt, id: numericId };
}

/** Newest first, keyset-paginated so deep pages stay cheap. */
export async function listItems(db: Db, query: ItemQuery = {}): Promise<ItemPage> {
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 500);
  const conditions: SQL[] = [];
  if (query.status) conditions.push(eq(items.status, query.status));
  if (query.sourceId) conditions.push(eq(items.sourceId, query.sourceId));
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    conditions.push(
      or(
        lt(items.publishedAt, c.publishedAt),
        and(eq(items.publishedAt, c.publishedAt), lt(items.id, c.id)),
      )!,
    );
  }
  const rows = await db
    .select()
    .from(items)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(items.publishedAt), desc(items.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

export async function getItem(db: Db, id: number): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(items).where(eq(items.id, id));
  return row;
}

export async function countItems(db: Db, sourceId?: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(items)
    .where(sourceId ? eq(items.sourceId, sourceId) : undefined);
  return row?.n ?? 0;
}

/** How many items of a source were published since `since` (its publishing rate). */
export async function itemsPublishedSince(db: Db, sourceId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(items)
    .where(and(eq(items.sourceId, sourceId), gte(items.publishedAt, since)));
  return row?.n ?? 0;
}

/** How many items each source published since `since`, for many sources in one statement. */
export async function itemsPublishedSinceBySource(
  db: Db,
  sourceIds: string[],
  since: Date,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (sourceIds.length === 0) return out;
  const rows = await db
    .select({ sourceId: items.sourceId, n: count() })
    .from(items)
    .where(and(inArray(items.sourceId, [...new Set(sourceIds)]), gte(items.publishedAt, since)))
    .groupBy(items.sourceId);
  for (const row of rows) out.set(row.sourceId, row.n);
  return out;
}
