// Curation rules: conditions over source, language, tags, relevance and text, and one action.
// A dry run lists what a rule would hit among the last 30 days' items before it is saved.
import { and, desc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { itemCuration, items, itemTags, rules, sources, tags } from '../schema/index';
import { recordAudit } from './audit';
import { changeTags } from './curation-edits';
import { type Actor, changeStatus } from './curation-states';

export type RuleRow = typeof rules.$inferSelect;

export interface RuleConditions {
  sources?: string[];
  languages?: string[];
  topics?: string[];
  countries?: string[];
  minRelevance?: number;
  maxRelevance?: number;
  /** Any of these words in the title or summary (case-insensitive). */
  words?: string[];
  /** PostgreSQL regular expression matched against the title and summary, case-insensitive. */
  regex?: string;
}

export type RuleAction =
  | { type: 'reject' }
  | { type: 'hold' }
  | { type: 'approve' }
  | { type: 'tag'; kind: string; slug: string }
  | { type: 'priority'; value: number };

export const RULE_WINDOW_DAYS = 30;

function tagged(kind: string, slugs: string[]): SQL {
  return sql`exists (select 1 from ${itemTags} join ${tags} on ${tags.id} = ${itemTags.tagId}
    where ${itemTags.itemId} = ${items.id} and ${tags.kind} = ${kind} and ${inArray(tags.slug, slugs)})`;
}

/** SQL for the rule's conditions; an auto-approve rule only ever matches trusted sources. */
export function buildRuleFilter(c: RuleConditions, action: RuleAction): SQL {
  const where: SQL[] = [eq(items.status, 'new')];
  if (c.sources?.length) where.push(inArray(items.sourceId, c.sources));
  if (c.languages?.length)
    where.push(sql`coalesce(${items.language}, ${items.declaredLanguage}) in ${c.languages}`);
  if (c.topics?.length) where.push(tagged('topic', c.topics));
  if (c.countries?.length)
    where.push(or(inArray(items.primaryCountry, c.countries), tagged('country', c.countries))!);
  if (c.minRelevance !== undefined) where.push(gte(items.relevance, c.minRelevance));
  if (c.maxRelevance !== undefined) where.push(lte(items.relevance, c.maxRelevance));
  if (c.words?.length) {
    const text = sql`(${items.title} || ' ' || coalesce(${items.summary}, ''))`;
    where.push(or(...c.words.map((w) => sql`${text} ilike ${`%${w.replace(/[\\%_]/g, '\\$&')}%`}`))!);
  }
  if (c.regex) where.push(sql`(${items.title} || ' ' || coalesce(${items.summary}, '')) ~* ${c.regex}`);
  if (action.type === 'approve')
    where.push(
      sql`exists (select 1 from ${sources} where ${sources.id} = ${items.sourceId} and ${sources.trusted})`,
    );
  return and(...where)!;
}

export interface DryRun {
  count: number;
  sample: Array<{ id: number; title: string; sourceId: string; publishedAt: Date }>;
}

/** What the rule would hit among the waiting items of the last 30 days. */
export async function dryRunRule(
  db: Db,
  conditions: RuleConditions,
  action: RuleAction,
  now = new Date(),
): Promise<DryRun> {
  const since = new Date(now.getTime() - RULE_WINDOW_DAYS * 86_400_000);
  const where = and(buildRuleFilter(conditions, action), gte(items.publishedAt, since));
  const [counted] = await db.select({ n: sql<number>`count(*)::int` }).from(items).where(where);
  const sample = await db
    .select({ id: items.id, title: items.title, sourceId: items.sourceId, publishedAt: items.publishedAt })
    .from(items)
    .where(where)
    .orderBy(desc(items.publishedAt))
    .limit(50);
  return { count: counted?.n ?? 0, sample };
}

export async function saveRule(
  db: Db,
  rule: {
    id?: number;
    name: string;
    conditions: RuleConditions;
    action: RuleAction;
    enabled: boolean;
    createdBy: number | null;
  },
  actor: Actor,
): Promise<RuleRow> {
  const values = {
    name: rule.name,
    conditions: rule.conditions as Record<string, unknown>,
    action: rule.action as Record<string, unknown>,
    enabled: rule.enabled,
  };
  const [before] = rule.id ? await db.select().from(rules).where(eq(rules.id, rule.id)) : [];
  const [row] = rule.id
    ? await db
        .update(rules)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(rules.id, rule.id))
        .returning()
    : await db
        .insert(rules)
        .values({ ...values, createdBy: rule.createdBy })
        .returning();
  if (!row) throw new Error(`rule ${rule.id} does not exist`);
  await recordAudit(db, [
    {
      userId: actor.userId,
      actor: actor.name,
      action: rule.id ? 'rule.update' : 'rule.create',
      entity: 'rule',
      entityId: String(row.id),
      ruleId: row.id,
      before: before ? { ...before } : null,
      after: { ...values },
    },
  ]);
  return row;
}

export function listRules(db: Db): Promise<RuleRow[]> {
  return db.select().from(rules).orderBy(rules.id);
}

export async function getRule(db: Db, id: number): Promise<RuleRow | undefined> {
  const [row] = await db.select().from(rules).where(eq(rules.id, id));
  return row;
}

const STATUS_OF: Record<string, string> = { reject: 'rejected', hold: 'on_hold', approve: 'approved' };

/** Applies a rule to the waiting items it matches (all, or only `itemIds`); audited as the rule. */
export async function applyRule(db: Db, rule: RuleRow, itemIds?: number[]): Promise<number> {
  const action = rule.action as RuleAction;
  const actor: Actor = { userId: null, name: `rule:${rule.id}`, ruleId: rule.id };
  const where = [buildRuleFilter(rule.conditions as RuleConditions, action)];
  if (itemIds) where.push(itemIds.length ? inArray(items.id, itemIds) : sql`false`);
  // A rule acts once per item: items it already touched are left as the curator left them.
  where.push(
    sql`not exists (select 1 from audit_log a where a.item_id = ${items.id} and a.rule_id = ${rule.id})`,
  );
  const hits = await db
    .select({ id: items.id, version: items.version })
    .from(items)
    .where(and(...where))
    .limit(5000);
  let applied = 0;
  for (const hit of hits) {
    if (await applyAction(db, hit, action, actor)) applied++;
  }
  return applied;
}

async function applyAction(db: Db, hit: { id: number; version: number }, action: RuleAction, actor: Actor) {
  const to = STATUS_OF[action.type];
  if (to) {
    const auto = action.type === 'approve';
    const outcome = await changeStatus(
      db,
      { id: hit.id, to, version: hit.version, autoApproved: auto },
      actor,
      to,
    );
    if (outcome.ok && auto)
      await db
        .insert(itemCuration)
        .values({ itemId: hit.id, autoApproved: true })
        .onConflictDoUpdate({ target: itemCuration.itemId, set: { autoApproved: true } });
    return outcome.ok;
  }
  if (action.type === 'tag') {
    await changeTags(
      db,
      hit.id,
      hit.version,
      { add: [{ kind: action.kind, slug: action.slug }] },
      actor,
      'rule',
    );
    return true;
  }
  if (action.type !== 'priority') return false;
  const [old] = await db
    .select({ priority: itemCuration.priority })
    .from(itemCuration)
    .where(eq(itemCuration.itemId, hit.id));
  await db
    .insert(itemCuration)
    .values({ itemId: hit.id, priority: action.value })
    .onConflictDoUpdate({ target: itemCuration.itemId, set: { priority: action.value } });
  await recordAudit(db, [
    {
      userId: null,
      actor: actor.name,
      ruleId: actor.ruleId,
      action: 'priority',
      entity: 'item',
      entityId: String(hit.id),
      itemId: hit.id,
      before: { priority: old?.priority ?? 0 },
      after: { priority: action.value },
    },
  ]);
  return true;
}

/** Runs every enabled rule over the waiting items (or only the given ones). */
export async function applyEnabledRules(db: Db, itemIds?: number[]): Promise<number> {
  let applied = 0;
  for (const rule of await listRules(db)) if (rule.enabled) applied += await applyRule(db, rule, itemIds);
  return applied;
}
