// Read-only views: dashboard figures, the audit log (admins), tag suggestions.
import { listAudit, readDashboard, schema } from '@mipas/db';
import { ilike, or } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { AdminContext } from './context';
import { presentAudit } from './present';

const auditQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    user_id: { type: 'integer' },
    actor: { type: 'string', maxLength: 320 },
    action: { type: 'string', maxLength: 40 },
    item_id: { type: 'integer' },
    rule_id: { type: 'integer' },
    from: { type: 'string', format: 'date' },
    to: { type: 'string', format: 'date' },
    before: { type: 'integer' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
  },
} as const;

interface AuditParams {
  user_id?: number;
  actor?: string;
  action?: string;
  item_id?: number;
  rule_id?: number;
  from?: string;
  to?: string;
  before?: number;
  limit: number;
}

export function registerOverviewRoutes(app: FastifyInstance, ctx: AdminContext): void {
  app.get('/api/admin/dashboard', async () => {
    const d = await readDashboard(ctx.db);
    return {
      backlog: d.backlog,
      per_day: d.perDay.map((r) => ({ day: r.day, source: r.sourceId, count: r.count })),
      approval: d.approval.map((r) => ({
        source: r.sourceId,
        name: r.name,
        approved: r.approved,
        decided: r.decided,
      })),
      failing: d.failing.map((r) => ({
        id: r.id,
        name: r.name,
        failures: r.failures,
        last_error: r.lastError,
        last_success_at: r.lastSuccessAt?.toISOString() ?? null,
      })),
    };
  });

  app.get<{ Querystring: AuditParams }>(
    '/api/admin/audit',
    { config: { role: 'admin' }, schema: { querystring: auditQuery } },
    async (request) => {
      const q = request.query;
      const rows = await listAudit(ctx.db, {
        userId: q.user_id,
        actor: q.actor,
        action: q.action,
        itemId: q.item_id,
        ruleId: q.rule_id,
        from: q.from ? new Date(`${q.from}T00:00:00Z`) : undefined,
        to: q.to ? new Date(`${q.to}T23:59:59.999Z`) : undefined,
        before: q.before,
        limit: q.limit,
      });
      return { entries: rows.map(presentAudit) };
    },
  );

  app.get<{ Querystring: { q?: string } }>(
    '/api/admin/tags',
    { schema: { querystring: { type: 'object', properties: { q: { type: 'string', maxLength: 80 } } } } },
    async (request) => {
      const t = schema.tags;
      const pattern = `%${(request.query.q ?? '').replace(/[\\%_]/g, '\\$&')}%`;
      const rows = await ctx.db
        .select({ kind: t.kind, slug: t.slug })
        .from(t)
        .where(or(ilike(t.slug, pattern)))
        .orderBy(t.slug)
        .limit(20);
      return { tags: rows };
    },
  );
}
