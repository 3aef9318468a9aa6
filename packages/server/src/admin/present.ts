import type { AuditRow, InboxRow } from '@mipas/db';

export function presentInboxItem(row: InboxRow) {
  return {
    id: row.id,
    source: row.sourceId,
    source_name: row.sourceName,
    source_trusted: row.sourceTrusted,
    title: row.title,
    summary: row.summary,
    url: row.url,
    published_at: row.publishedAt.toISOString(),
    language: row.language,
    status: row.status,
    relevance: row.relevance,
    cluster_id: row.clusterId,
    primary_country: row.primaryCountry,
    version: row.version,
    titles: row.titles ?? {},
    summaries: row.summaries ?? {},
    note: row.note,
    featured: row.featured ?? false,
    priority: row.priority ?? 0,
    auto_approved: row.autoApproved ?? false,
    duplicate_of: row.duplicateOf,
    members: row.members,
    tags: row.tags.map((t) => ({
      kind: t.kind,
      slug: t.slug,
      origin: t.origin,
      label: t.labels.en ?? t.slug,
    })),
  };
}

export function presentAudit(row: AuditRow) {
  return {
    id: row.id,
    at: row.at.toISOString(),
    user_id: row.userId,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entity_id: row.entityId,
    item_id: row.itemId,
    rule_id: row.ruleId,
    before: row.before,
    after: row.after,
    undone_at: row.undoneAt?.toISOString() ?? null,
  };
}

const tag = {
  type: 'object',
  properties: {
    kind: { type: 'string' },
    slug: { type: 'string' },
    origin: { type: 'string' },
    label: { type: 'string' },
  },
} as const;

const texts = { type: 'object', additionalProperties: { type: 'string' } } as const;

/** Response schema of one inbox item (serialisation drops anything not listed). */
export const inboxItemSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    source: { type: 'string' },
    source_name: { type: 'string' },
    source_trusted: { type: 'boolean' },
    title: { type: 'string' },
    summary: { type: ['string', 'null'] },
    url: { type: ['string', 'null'] },
    published_at: { type: 'string' },
    language: { type: ['string', 'null'] },
    status: { type: 'string' },
    relevance: { type: ['number', 'null'] },
    cluster_id: { type: ['integer', 'null'] },
    primary_country: { type: ['string', 'null'] },
    version: { type: 'integer' },
    titles: texts,
    summaries: texts,
    note: { type: ['string', 'null'] },
    featured: { type: 'boolean' },
    priority: { type: 'integer' },
    auto_approved: { type: 'boolean' },
    duplicate_of: { type: ['integer', 'null'] },
    members: { type: 'integer' },
    tags: { type: 'array', items: tag },
  },
} as const;
