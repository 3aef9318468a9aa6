// Test data for the publishing side: sources, approved and other items, tags, curator titles.
import { type Db, schema } from '@mipas/db';

export interface SeedItem {
  title: string;
  summary?: string;
  status?: string;
  language?: string;
  publishedAt: Date;
  sourceId?: string;
  topics?: string[];
  countries?: string[];
  clusterId?: number;
  titles?: Record<string, string>;
  featured?: boolean;
  url?: string;
}

const TOPICS: Record<string, Record<string, string>> = {
  asylum: { lt: 'Prieglobstis', en: 'Asylum', ru: 'Убежище' },
  return: { lt: 'Grąžinimas', en: 'Return', ru: 'Возвращение' },
  integration: { lt: 'Integracija', en: 'Integration', ru: 'Интеграция' },
};
const COUNTRIES: Record<string, Record<string, string>> = {
  lt: { lt: 'Lietuva', en: 'Lithuania', ru: 'Литва' },
  pl: { lt: 'Lenkija', en: 'Poland', ru: 'Польша' },
};

export async function seedSources(db: Db): Promise<void> {
  await db
    .insert(schema.sources)
    .values([
      { id: 'migri', name: 'Migracijos departamentas', url: 'https://migracija.example/rss' },
      { id: 'unhcr', name: 'UNHCR <News> & "Stories"', url: 'https://unhcr.example/rss' },
    ])
    .onConflictDoNothing();
  const tagRows = [
    ...Object.entries(TOPICS).map(([slug, labels]) => ({ kind: 'topic', slug, labels })),
    ...Object.entries(COUNTRIES).map(([slug, labels]) => ({ kind: 'country', slug, labels })),
  ];
  await db.insert(schema.tags).values(tagRows).onConflictDoNothing();
}

/** Inserts items with their tags and curator texts; returns their ids in order. */
export async function seedItems(db: Db, list: SeedItem[]): Promise<number[]> {
  const tagRows = await db.select().from(schema.tags);
  const tagId = (kind: string, slug: string) => tagRows.find((t) => t.kind === kind && t.slug === slug)!.id;
  const ids: number[] = [];
  for (const [i, item] of list.entries()) {
    const key = `seed-${Date.now()}-${i}-${Math.random()}`;
    const [row] = await db
      .insert(schema.items)
      .values({
        sourceId: item.sourceId ?? 'migri',
        key,
        url: item.url ?? `https://news.example/${key}`,
        title: item.title,
        summary: item.summary ?? null,
        status: item.status ?? 'approved',
        language: item.language ?? 'lt',
        publishedAt: item.publishedAt,
        clusterId: item.clusterId ?? null,
        primaryCountry: item.countries?.[0] ?? null,
      })
      .returning({ id: schema.items.id });
    const id = row!.id;
    ids.push(id);
    const links = [
      ...(item.topics ?? []).map((slug) => tagId('topic', slug)),
      ...(item.countries ?? []).map((slug) => tagId('country', slug)),
    ].map((t) => ({ itemId: id, tagId: t, origin: 'rule' }));
    if (links.length) await db.insert(schema.itemTags).values(links);
    if (item.titles || item.featured)
      await db
        .insert(schema.itemCuration)
        .values({ itemId: id, titles: item.titles ?? {}, featured: item.featured ?? false });
  }
  return ids;
}
