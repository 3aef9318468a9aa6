// Curator workspace: accounts, sessions, editorial edits, rules and the audit log.
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { items } from './ingest';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  /** Stored lower-cased; unique. */
  email: text('email').notNull().unique(),
  /** admin, curator or analyst */
  role: text('role').notNull(),
  /** argon2id encoded hash. */
  passwordHash: text('password_hash').notNull(),
  locale: text('locale').notNull().default('en'),
  /** Wrong passwords since the last success; the account locks at the configured limit. */
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: ts('locked_until'),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: ts('created_at').notNull().defaultNow(),
  lastLoginAt: ts('last_login_at'),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not hand out sessions. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Curator edits layered over the fetched item; the fetched title and summary stay untouched. */
export const itemCuration = pgTable('item_curation', {
  itemId: bigint('item_id', { mode: 'number' })
    .primaryKey()
    .references(() => items.id, { onDelete: 'cascade' }),
  /** Title per language (lt, en, ru) as the curator wrote it. */
  titles: jsonb('titles').$type<Record<string, string>>().notNull().default({}),
  summaries: jsonb('summaries').$type<Record<string, string>>().notNull().default({}),
  note: text('note'),
  featured: boolean('featured').notNull().default(false),
  priority: integer('priority').notNull().default(0),
  /** Set when a trusted source's item was approved by a rule rather than by a person. */
  autoApproved: boolean('auto_approved').notNull().default(false),
  duplicateOf: bigint('duplicate_of', { mode: 'number' }),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const rules = pgTable('rules', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  /** See `RuleConditions` in the rules repository. */
  conditions: jsonb('conditions').$type<Record<string, unknown>>().notNull().default({}),
  /** See `RuleAction`: reject, hold, tag, priority or approve. */
  action: jsonb('action').$type<Record<string, unknown>>().notNull(),
  enabled: boolean('enabled').notNull().default(true),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull().defaultNow(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** Who acted, readable: an e-mail, `rule:<id>` or `system`. */
    actor: text('actor').notNull(),
    /** approve, reject, hold, duplicate, withdraw, edit, tag, rule.create, source.update, ... */
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    itemId: bigint('item_id', { mode: 'number' }),
    ruleId: integer('rule_id'),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
    undoneAt: ts('undone_at'),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_item_idx').on(t.itemId),
    index('audit_rule_idx').on(t.ruleId),
    index('audit_user_idx').on(t.userId, t.at),
  ],
);
