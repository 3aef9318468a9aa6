// Editions, e-mail subscribers and deliveries, and outbound events (webhooks, social posts, hub
// pings): the data of the publishing side. Every outward effect has a row with a unique key, so a
// retried or restarted job finds its earlier work instead of repeating it.
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const editions = pgTable(
  'editions',
  {
    id: serial('id').primaryKey(),
    /** daily or weekly */
    kind: text('kind').notNull(),
    /** daily-2026-11-23 or weekly-2026-11-16: the period's first day. */
    slug: text('slug').notNull(),
    periodStart: ts('period_start').notNull(),
    periodEnd: ts('period_end').notNull(),
    /** Optional curator introduction per interface language. */
    intro: jsonb('intro').$type<Record<string, string>>().notNull().default({}),
    itemIds: jsonb('item_ids').$type<number[]>().notNull().default([]),
    publishedAt: ts('published_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('editions_slug_unique').on(t.slug), index('editions_published_idx').on(t.publishedAt)],
);

export const subscribers = pgTable(
  'subscribers',
  {
    id: serial('id').primaryKey(),
    /** Lower-cased; never shown on any page or in any listing. */
    email: text('email').notNull(),
    language: text('language').notNull(),
    /** Topic slugs; empty means every topic. */
    topics: jsonb('topics').$type<string[]>().notNull().default([]),
    /** daily or weekly */
    frequency: text('frequency').notNull(),
    /** pending (awaiting confirmation), confirmed or unsubscribed */
    status: text('status').notNull().default('pending'),
    /** Secret of the confirmation and unsubscribe links. */
    token: text('token').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    confirmedAt: ts('confirmed_at'),
    unsubscribedAt: ts('unsubscribed_at'),
  },
  (t) => [
    uniqueIndex('subscribers_email_unique').on(t.email),
    uniqueIndex('subscribers_token_unique').on(t.token),
  ],
);

export const deliveries = pgTable(
  'deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    subscriberId: integer('subscriber_id')
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    /**
     * pending, sending (claimed; if the sender dies here the message may or may not have left,
     * so it is never sent again automatically), sent, or failed (refused by the SMTP server).
     */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    claimedAt: ts('claimed_at'),
    sentAt: ts('sent_at'),
    lastError: text('last_error'),
  },
  (t) => [
    uniqueIndex('deliveries_edition_subscriber_unique').on(t.editionId, t.subscriberId),
    index('deliveries_due_idx').on(t.status, t.nextAttemptAt),
  ],
);

export const outboundEvents = pgTable(
  'outbound_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** webhook, mastodon, bluesky or websub */
    channel: text('channel').notNull(),
    /** The receiving URL (webhook endpoint, Mastodon instance, Bluesky service, hub). */
    target: text('target').notNull(),
    /** item.approved, edition.published, item.featured, feed.updated */
    event: text('event').notNull(),
    /** What the event is about, e.g. item:42 or edition:7; with the above, the idempotency key. */
    subject: text('subject').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    /** pending, sending, sent or failed (gave up after the last attempt) */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    /** Id the receiver gave back (a Mastodon status id, a Bluesky post at:// URI). */
    remoteId: text('remote_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    sentAt: ts('sent_at'),
  },
  (t) => [
    uniqueIndex('outbound_events_key_unique').on(t.channel, t.target, t.event, t.subject),
    index('outbound_events_due_idx').on(t.status, t.nextAttemptAt),
  ],
);
