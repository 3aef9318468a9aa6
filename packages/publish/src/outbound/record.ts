// Records the outbound events publication sets off. The unique (channel, target, event, subject)
// key makes recording idempotent: running it again after a crash adds nothing.
import type { Config } from '@mipas/core';
import type { NewOutboundEvent } from '@mipas/db';
import {
  type Db,
  type EditionRow,
  listPublishedItems,
  type PublishedItem,
  recordOutboundEvents,
} from '@mipas/db';
import { itemUrl } from '../localise';

const FEED_PATHS = [
  '/lt/feed.rss',
  '/en/feed.rss',
  '/ru/feed.rss',
  '/lt/feed.atom',
  '/en/feed.atom',
  '/ru/feed.atom',
  '/lt/feed.json',
  '/en/feed.json',
  '/ru/feed.json',
];

function presentItem(item: PublishedItem, config: Config) {
  return {
    id: item.id,
    title: item.title,
    titles: item.titles,
    summary: item.summary,
    url: item.url,
    page: itemUrl(config.publicUrl, 'en', item.id),
    language: item.language,
    source: { id: item.sourceId, name: item.sourceName },
    published_at: item.publishedAt.toISOString(),
    tags: item.tags.map((t) => ({ kind: t.kind, slug: t.slug })),
  };
}

function hubPing(config: Config, subject: string): NewOutboundEvent[] {
  if (!config.websubHub) return [];
  const base = config.publicUrl.replace(/\/$/, '');
  return [
    {
      channel: 'websub',
      target: config.websubHub,
      event: 'feed.updated',
      subject,
      payload: { feeds: FEED_PATHS.map((p) => `${base}${p}`) },
    },
  ];
}

/**
 * Records webhook calls for items approved in the last `lookbackMs`, Mastodon and Bluesky posts
 * for the featured ones, and one hub ping for the batch. Returns how many events are new.
 */
export async function recordApprovals(db: Db, config: Config, lookbackMs = 86_400_000): Promise<number> {
  const approved = await listPublishedItems(db, {
    changedSince: new Date(Date.now() - lookbackMs),
    limit: 1000,
  });
  const events: NewOutboundEvent[] = [];
  for (const item of approved) {
    const payload = { event: 'item.approved', item: presentItem(item, config) };
    for (const target of config.webhookUrls)
      events.push({
        channel: 'webhook',
        target,
        event: 'item.approved',
        subject: `item:${item.id}`,
        payload,
      });
    if (item.featured && config.mastodonUrl && config.mastodonToken)
      events.push({
        channel: 'mastodon',
        target: config.mastodonUrl,
        event: 'item.featured',
        subject: `item:${item.id}`,
        payload: { item: presentItem(item, config) },
      });
    if (item.featured && config.blueskyHandle && config.blueskyAppPassword)
      events.push({
        channel: 'bluesky',
        target: config.blueskyService,
        event: 'item.featured',
        subject: `item:${item.id}`,
        payload: { item: presentItem(item, config) },
      });
  }
  let added = await recordOutboundEvents(db, events);
  const newest = approved[0];
  if (added > 0 && newest) added += await recordOutboundEvents(db, hubPing(config, `item:${newest.id}`));
  return added;
}

/** Records webhook calls and a hub ping for a new edition. */
export async function recordEditionEvents(db: Db, config: Config, edition: EditionRow): Promise<number> {
  const base = config.publicUrl.replace(/\/$/, '');
  const payload = {
    event: 'edition.published',
    edition: {
      id: edition.id,
      kind: edition.kind,
      slug: edition.slug,
      period_start: edition.periodStart.toISOString(),
      period_end: edition.periodEnd.toISOString(),
      items: edition.itemIds,
      page: `${base}/en/editions/${edition.slug}`,
    },
  };
  const events: NewOutboundEvent[] = config.webhookUrls.map((target) => ({
    channel: 'webhook',
    target,
    event: 'edition.published',
    subject: `edition:${edition.id}`,
    payload,
  }));
  return recordOutboundEvents(db, [...events, ...hubPing(config, `edition:${edition.id}`)]);
}
