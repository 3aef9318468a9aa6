// The article stage's reads and writes: the links of newly stored items, and the text of their
// article pages written over the feed's teaser unless a curator has edited the item since.
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { items } from '../schema/index';

export interface ArticleTarget {
  id: number;
  url: string | null;
}

/** The link of each given item, in id order. */
export function loadArticleTargets(db: Db, ids: number[]): Promise<ArticleTarget[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: items.id, url: items.url })
    .from(items)
    .where(inArray(items.id, ids))
    .orderBy(items.id);
}

export interface ArticleText {
  itemId: number;
  contentHtml: string;
  contentText: string;
}

/**
 * Stores article texts in one statement. An item a curator has edited (its version was bumped)
 * keeps what it has. Returns the ids of the items written.
 */
export async function saveArticleTexts(db: Db, texts: ArticleText[]): Promise<Set<number>> {
  if (texts.length === 0) return new Set();
  const values = sql.join(
    texts.map((t) => sql`(${t.itemId}::bigint, ${t.contentHtml}::text, ${t.contentText}::text)`),
    sql`, `,
  );
  const rows = await db.execute<{ id: number | string }>(sql`
    update ${items} set content_html = v.html, content_text = v.text, updated_at = now()
    from (values ${values}) as v(id, html, text)
    where ${items.id} = v.id and ${items.version} = 1
    returning ${items.id} as id`);
  return new Set((rows as unknown as { rows: Array<{ id: number | string }> }).rows.map((r) => Number(r.id)));
}
