// Groups an edition's items by topic: each item appears once, under its first topic by the
// order of the biggest groups; items without a topic come last under "other".
import type { PublishedItem } from '@mipas/db';
import type { Language } from '../i18n';
import { labelTag } from '../localise';

export interface TopicGroup {
  slug: string | null;
  label: string | null;
  items: PublishedItem[];
}

export function groupByTopic(items: PublishedItem[], lang: Language): TopicGroup[] {
  const counts = new Map<string, number>();
  for (const item of items)
    for (const tag of item.tags)
      if (tag.kind === 'topic') counts.set(tag.slug, (counts.get(tag.slug) ?? 0) + 1);
  const groups = new Map<string | null, TopicGroup>();
  for (const item of items) {
    const topics = item.tags.filter((t) => t.kind === 'topic');
    topics.sort(
      (a, b) => (counts.get(b.slug) ?? 0) - (counts.get(a.slug) ?? 0) || a.slug.localeCompare(b.slug),
    );
    const first = topics[0];
    const key = first?.slug ?? null;
    const group = groups.get(key) ?? { slug: key, label: first ? labelTag(first, lang) : null, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => Number(a.slug === null) - Number(b.slug === null) || b.items.length - a.items.length,
  );
}

/** Keeps the items of the given topics; no topics means all. */
export function filterByTopics(items: PublishedItem[], topics: string[]): PublishedItem[] {
  if (topics.length === 0) return items;
  return items.filter((item) => item.tags.some((t) => t.kind === 'topic' && topics.includes(t.slug)));
}
