// Rules: dry run over the last 30 days, save, apply now, undo everything a rule did.
import {
  applyRule,
  dryRunRule,
  getRule,
  listRules,
  type RuleAction,
  type RuleConditions,
  saveRule,
  undoRuleActions,
} from '@mipas/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type AdminContext, actorOf, curatorOf, sendError } from './context';

const strings = {
  type: 'array',
  maxItems: 50,
  items: { type: 'string', minLength: 1, maxLength: 100 },
} as const;
const conditions = {
  type: 'object',
  additionalProperties: false,
  properties: {
    sources: strings,
    languages: strings,
    topics: strings,
    countries: strings,
    words: strings,
    minRelevance: { type: 'number', minimum: 0, maximum: 1 },
    maxRelevance: { type: 'number', minimum: 0, maximum: 1 },
    regex: { type: 'string', maxLength: 300 },
  },
} as const;
const action = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { type: 'string', enum: ['reject', 'hold', 'approve', 'tag', 'priority'] },
    kind: { type: 'string', enum: ['topic', 'country', 'organisation', 'keyword'] },
    slug: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 80 },
    value: { type: 'integer', minimum: -10, maximum: 10 },
  },
} as const;
const ruleBody = {
  type: 'object',
  required: ['name', 'conditions', 'action'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    conditions,
    action,
    enabled: { type: 'boolean' },
  },
} as const;
const idParams = { type: 'object', properties: { id: { type: 'integer', minimum: 1 } } } as const;

interface RuleBody {
  name: string;
  conditions: RuleConditions;
  action: RuleAction;
  enabled?: boolean;
}

/** A regular expression PostgreSQL would refuse fails here first, with its message. */
function checkRule(body: Pick<RuleBody, 'conditions' | 'action'>): string | undefined {
  if (body.conditions.regex) {
    try {
      new RegExp(body.conditions.regex);
    } catch (err) {
      return `the regular expression is not valid: ${(err as Error).message}`;
    }
  }
  if (body.action.type === 'tag' && !(body.action.kind && body.action.slug))
    return 'a tag action needs kind and slug';
  if (body.action.type === 'priority' && typeof body.action.value !== 'number')
    return 'a priority action needs a value';
  return undefined;
}

function presentRule(rule: Awaited<ReturnType<typeof listRules>>[number]) {
  return {
    id: rule.id,
    name: rule.name,
    conditions: rule.conditions,
    action: rule.action,
    enabled: rule.enabled,
  };
}

export function registerRuleRoutes(app: FastifyInstance, ctx: AdminContext): void {
  const db = ctx.db;
  app.get('/api/admin/rules', async () => ({ rules: (await listRules(db)).map(presentRule) }));

  app.post<{ Body: Pick<RuleBody, 'conditions' | 'action'> }>(
    '/api/admin/rules/dry-run',
    {
      schema: {
        body: { type: 'object', required: ['conditions', 'action'], properties: { conditions, action } },
      },
    },
    async (request, reply) => {
      const problem = checkRule(request.body);
      if (problem) return sendError(reply, 400, 'BAD_RULE', problem);
      const run = await dryRunRule(db, request.body.conditions, request.body.action);
      return {
        count: run.count,
        sample: run.sample.map((s) => ({
          id: s.id,
          title: s.title,
          source: s.sourceId,
          published_at: s.publishedAt.toISOString(),
        })),
      };
    },
  );

  const save = async (request: FastifyRequest<{ Body: RuleBody }>, reply: FastifyReply, id?: number) => {
    const problem = checkRule(request.body);
    if (problem) return sendError(reply, 400, 'BAD_RULE', problem);
    const rule = await saveRule(
      db,
      { ...request.body, id, enabled: request.body.enabled ?? true, createdBy: curatorOf(request).id },
      actorOf(request),
    );
    return { rule: presentRule(rule) };
  };
  app.post<{ Body: RuleBody }>('/api/admin/rules', { schema: { body: ruleBody } }, (request, reply) =>
    save(request, reply),
  );
  app.put<{ Body: RuleBody; Params: { id: number } }>(
    '/api/admin/rules/:id',
    { schema: { body: ruleBody, params: idParams } },
    async (request, reply) => {
      if (!(await getRule(db, request.params.id))) return sendError(reply, 404, 'NOT_FOUND', 'no such rule');
      return save(request, reply, request.params.id);
    },
  );

  app.post<{ Params: { id: number } }>(
    '/api/admin/rules/:id/apply',
    { schema: { params: idParams } },
    async (request, reply) => {
      const rule = await getRule(db, request.params.id);
      if (!rule) return sendError(reply, 404, 'NOT_FOUND', 'no such rule');
      return { applied: await applyRule(db, rule) };
    },
  );

  app.post<{ Params: { id: number } }>(
    '/api/admin/rules/:id/undo',
    { schema: { params: idParams } },
    async (request, reply) => {
      if (!(await getRule(db, request.params.id))) return sendError(reply, 404, 'NOT_FOUND', 'no such rule');
      return undoRuleActions(db, request.params.id, actorOf(request));
    },
  );
}
