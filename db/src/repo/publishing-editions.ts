// Digest editions: stored once per kind and period (the slug is unique), listed for the archive.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { editions } from '../schema/index';

export type EditionRow = typeof editions.$inferSelect;
export type NewEdition = typeof editions.$inferInsert;

/** Stores the edition unless one with the same slug exists; returns the stored one either way. */
export async function insertEdition(
  db: Db,
  edition: NewEdition,
): Promise<{ edition: EditionRow; created: boolean }> {
  const [created] = await db.insert(editions).values(edition).onConflictDoNothing().returning();
  if (created) return { edition: created, created: true };
  const [existing] = await db.select().from(editions).where(eq(editions.slug, edition.slug));
  return { edition: existing!, created: false };
}

export async function listEditions(db: Db, limit = 100, kind?: string): Promise<EditionRow[]> {
  return db
    .select()
    .from(editions)
    .where(kind ? eq(editions.kind, kind) : undefined)
    .orderBy(desc(editions.periodStart), desc(editions.id))
    .limit(limit);
}

export async function getEditionBySlug(db: Db, slug: string): Promise<EditionRow | undefined> {
  const [row] = await db.select().from(editions).where(eq(editions.slug, slug));
  return row;
}

export async function getEdition(db: Db, id: number): Promise<EditionRow | undefined> {
  const [row] = await db.select().from(editions).where(eq(editions.id, id));
  return row;
}

export async function setEditionIntro(db: Db, id: number, intro: Record<string, string>): Promise<void> {
  await db.update(editions).set({ intro }).where(eq(editions.id, id));
}
