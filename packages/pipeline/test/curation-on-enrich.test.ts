// Curators' rules and trusted auto-approval act on incoming items as the enrich stage stores
// them, in both run modes (embedded: PGlite, in-process; server: PostgreSQL, BullMQ on Redis),
// without waiting for the server's sweep.
import { addSource, listItems, saveRule, schema } from '@mipas/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../../test/support/http';
import { MODES, openModeRuntime } from '../../../test/support/modes';
import { runFetchCycle } from '../src/cycle';
import { STAGES } from '../src/types';

function feed(items: Array<{ id: string; title: string; summary: string }>): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://example.org/</link>${items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>https://example.org/${i.id}</link><guid>${i.id}</guid>` +
        `<pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate><description>${i.summary}</description></item>`,
    )
    .join('')}</channel></rss>`;
}

describe.each(MODES)('curation on enrichment, %s mode', (mode) => {
  let runtime: Awaited<ReturnType<typeof openModeRuntime>>;
  let server: FixtureServer;
  let ruleId: number;

  beforeAll(async () => {
    server = await startFixtureServer({
      '/trusted.xml': {
        body: feed([
          {
            id: 'chad',
            title: 'Thousands of refugees from Sudan cross into Chad',
            summary: 'UNHCR warns that reception centres near the border are overcrowded.',
          },
          {
            id: 'match',
            title: 'Refugee football team wins the cup',
            summary: 'The football team of refugees from the camp won the regional cup on Sunday.',
          },
        ]),
      },
      '/other.xml': {
        body: feed([
          {
            id: 'lt',
            title: 'Asylum applications in Lithuania fell in the first half of the year',
            summary:
              'Fewer foreigners applied for asylum in Lithuania than last year, the Migration Department says.',
          },
        ]),
      },
    });
    // Threshold 0: every waiting item of a trusted source is approved, unless a rule acted first.
    runtime = await openModeRuntime(mode, { MIPAS_AUTO_APPROVE_THRESHOLD: '0' });
    const db = runtime.database.db;
    await addSource(db, { id: 'trusted', name: 'Trusted', url: server.url('/trusted.xml'), trusted: true });
    await addSource(db, { id: 'other', name: 'Other', url: server.url('/other.xml') });
    const rule = await saveRule(
      db,
      {
        name: 'no sport',
        conditions: { words: ['football'] },
        action: { type: 'reject' },
        enabled: true,
        createdBy: null,
      },
      { userId: null, name: 'test' },
    );
    ruleId = rule.id;
    await runtime.transport.startWorkers(STAGES, runtime.handlers);
  }, 120_000);
  afterAll(async () => {
    await runtime?.close();
    await server?.close();
  });

  it('rejects by rule, approves trusted items and leaves the others waiting, within the cycle', async () => {
    const summary = await runFetchCycle(runtime, { timeoutMs: 60_000 });
    expect(summary).toMatchObject({ itemsNew: 3, enriched: 3, errors: 0 });
    const { items } = await listItems(runtime.database.db, { limit: 10 });
    const status = Object.fromEntries(items.map((i) => [i.guid, i.status]));
    expect(status).toEqual({ chad: 'approved', match: 'rejected', lt: 'new' });

    const audit = await runtime.database.db
      .select({
        itemId: schema.auditLog.itemId,
        actor: schema.auditLog.actor,
        ruleId: schema.auditLog.ruleId,
      })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entity, 'item'));
    const byGuid = new Map(items.map((i) => [i.id, i.guid]));
    expect(audit.map((a) => ({ ...a, itemId: byGuid.get(a.itemId!) }))).toEqual(
      expect.arrayContaining([
        { itemId: 'match', actor: `rule:${ruleId}`, ruleId },
        { itemId: 'chad', actor: 'system', ruleId: null },
      ]),
    );
    const [curation] = await runtime.database.db
      .select()
      .from(schema.itemCuration)
      .where(eq(schema.itemCuration.itemId, items.find((i) => i.guid === 'chad')!.id));
    expect(curation?.autoApproved).toBe(true);
  }, 120_000);
});
