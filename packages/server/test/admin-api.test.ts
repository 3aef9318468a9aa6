// The curator API on both database kinds: inbox filters and folding, version conflicts,
// transitions, edits, tags, stories, undo, rules with dry run and bulk undo, audit, auto-approval.
import { autoApproveTrusted, schema } from '@mipas/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../../../test/support/http';
import { MODES } from '../../../test/support/modes';
import {
  type AdminFixture,
  addAccount,
  type Client,
  insertItems,
  logInClient,
  openAdminFixture,
} from './admin-fixtures';

describe.each(MODES)('curator API (%s)', (mode) => {
  let f: AdminFixture;
  let alice: Client;
  let bob: Client;
  let ids: number[];

  beforeAll(async () => {
    f = await openAdminFixture(mode);
    await addAccount(f.db, 'alice@example.org', 'admin');
    await addAccount(f.db, 'bob@example.org', 'curator');
    ids = await insertItems(f.db, 12);
    alice = await logInClient(f.app, 'alice@example.org');
    bob = await logInClient(f.app, 'bob@example.org');
  }, 300_000);
  afterAll(() => f?.close());

  const item = async (id: number) => (await alice.request('GET', `/api/admin/items/${id}`)).json().item;

  it('lists waiting items newest first and filters by language, search and relevance', async () => {
    const all = (await alice.request('GET', '/api/admin/items')).json().items;
    expect(all.map((i: { id: number }) => i.id)).toEqual([...ids].reverse());
    const lt = (await alice.request('GET', '/api/admin/items?language=lt')).json().items;
    expect(lt.length).toBe(4);
    const found = (await alice.request('GET', '/api/admin/items?q=item%2012%20about')).json().items;
    expect(found.map((i: { id: number }) => i.id)).toEqual([ids[11]]);
    const relevant = (await alice.request('GET', '/api/admin/items?sort=relevance&min_relevance=0.5')).json()
      .items;
    const scores = relevant.map((i: { relevance: number }) => i.relevance);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    expect(scores.every((s: number) => s >= 0.5)).toBe(true);
    expect((await alice.request('GET', '/api/admin/items?bogus=1')).statusCode).toBe(400);
  });

  it("refuses a stale save with a clear message and keeps the first curator's change", async () => {
    const id = ids[0]!;
    const { version } = await item(id);
    const first = await alice.request('POST', `/api/admin/items/${id}/status`, { to: 'approved', version });
    expect(first.statusCode).toBe(200);
    const second = await bob.request('POST', `/api/admin/items/${id}/status`, { to: 'rejected', version });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('STALE');
    expect(second.json().error).toMatch(/changed by someone else/);
    expect((await item(id)).status).toBe('approved');
    const withdraw = await alice.request('POST', `/api/admin/items/${id}/status`, {
      to: 'withdrawn',
      version: version + 1,
    });
    expect(withdraw.json().status).toBe('withdrawn');
    const back = await alice.request('POST', `/api/admin/items/${id}/status`, {
      to: 'approved',
      version: version + 2,
    });
    expect(back.statusCode).toBe(409);
    expect(back.json().code).toBe('BAD_TRANSITION');
  });

  it('approves in bulk, each item checked on its own', async () => {
    const [x, y] = [ids[8]!, ids[9]!];
    const vx = (await item(x)).version;
    const res = await bob.request('POST', '/api/admin/items/status', {
      changes: [
        { id: x, to: 'approved', version: vx },
        { id: y, to: 'approved', version: 99 },
      ],
    });
    const results = res.json().results;
    expect(results[0]).toMatchObject({ id: x, ok: true, status: 'approved', version: vx + 1 });
    expect(results[1]).toMatchObject({ id: y, ok: false, code: 'STALE' });
    const undo = await bob.request('POST', '/api/admin/undo', { audit_id: results[0].audit_id });
    expect(undo.statusCode).toBe(200);
    expect((await item(x)).status).toBe('new');
  });

  it('edits texts per language over the original, undoes the edit, and audits both', async () => {
    const id = ids[1]!;
    const { version } = await item(id);
    const edit = await alice.request('PATCH', `/api/admin/items/${id}`, {
      version,
      titles: { lt: 'Lietuviška antraštė' },
      note: 'check the figures',
      featured: true,
      primary_country: 'lithuania',
    });
    expect(edit.statusCode).toBe(200);
    const after = await item(id);
    expect(after).toMatchObject({
      title: 'Fixture item 2 about asylum',
      titles: { lt: 'Lietuviška antraštė' },
      featured: true,
      primary_country: 'lithuania',
    });
    const undo = await alice.request('POST', '/api/admin/undo', { audit_id: edit.json().audit_id });
    expect(undo.statusCode).toBe(200);
    expect(await item(id)).toMatchObject({ titles: {}, featured: false, note: null, primary_country: null });
    const log = (await alice.request('GET', `/api/admin/audit?item_id=${id}`)).json().entries;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['undo', 'edit']);
    expect(log[1].after.titles).toEqual({ lt: 'Lietuviška antraštė' });
    expect(log[1].undone_at).not.toBeNull();
    expect(log[0].after.titles).toEqual({});
  });

  it('lets a curator tag win over a rule tag and removes tags', async () => {
    const id = ids[2]!;
    let { version } = await item(id);
    version = (
      await bob.request('POST', `/api/admin/items/${id}/tags`, {
        version,
        add: [{ kind: 'topic', slug: 'asylum' }],
      })
    ).json().version;
    expect((await item(id)).tags).toEqual([
      { kind: 'topic', slug: 'asylum', origin: 'curator', label: 'asylum' },
    ]);
    await bob.request('POST', `/api/admin/items/${id}/tags`, {
      version,
      remove: [{ kind: 'topic', slug: 'asylum' }],
    });
    expect((await item(id)).tags).toEqual([]);
  });

  it('folds a story under its original, lets the curator choose the original and split it', async () => {
    const [a, b, c] = [ids[3]!, ids[4]!, ids[5]!];
    await bob.request('POST', `/api/admin/items/${b}/duplicate`, {
      version: (await item(b)).version,
      original_id: a,
    });
    await f.db.update(schema.items).set({ clusterId: a }).where(eq(schema.items.id, c));
    const inbox = (await bob.request('GET', '/api/admin/items')).json().items;
    expect(inbox.find((i: { id: number }) => i.id === a).members).toBe(2);
    expect(inbox.some((i: { id: number }) => i.id === c)).toBe(false);
    const chosen = await bob.request('POST', `/api/admin/items/${c}/original`, {
      version: (await item(c)).version,
    });
    expect(chosen.statusCode).toBe(200);
    expect((await item(a)).cluster_id).toBe(c);
    await bob.request('POST', `/api/admin/items/${a}/split`, { version: (await item(a)).version });
    expect((await item(a)).cluster_id).toBeNull();
    const approve = await bob.request('POST', `/api/admin/items/${c}/status`, {
      to: 'approved',
      version: (await item(c)).version,
    });
    expect(approve.statusCode).toBe(200);
    expect((await item(b)).status).toBe('duplicate');
  });

  it('dry-runs a rule, applies it as the rule, and undoes all its actions in bulk', async () => {
    const conditions = { words: ['item 7', 'item 8'] };
    const dry = (
      await alice.request('POST', '/api/admin/rules/dry-run', { conditions, action: { type: 'reject' } })
    ).json();
    expect(dry.count).toBe(2);
    expect(dry.sample.map((s: { id: number }) => s.id).sort()).toEqual([ids[6], ids[7]].sort());
    const bad = await alice.request('POST', '/api/admin/rules/dry-run', {
      conditions: { regex: '(' },
      action: { type: 'reject' },
    });
    expect(bad.statusCode).toBe(400);
    const { rule } = (
      await alice.request('POST', '/api/admin/rules', {
        name: 'no 7 or 8',
        conditions,
        action: { type: 'reject' },
      })
    ).json();
    expect((await alice.request('POST', `/api/admin/rules/${rule.id}/apply`, {})).json().applied).toBe(2);
    expect((await item(ids[6]!)).status).toBe('rejected');
    const log = (await alice.request('GET', `/api/admin/audit?rule_id=${rule.id}&action=rejected`)).json()
      .entries;
    expect(log.map((e: { actor: string }) => e.actor)).toEqual([`rule:${rule.id}`, `rule:${rule.id}`]);
    const undo = (await alice.request('POST', `/api/admin/rules/${rule.id}/undo`, {})).json();
    expect(undo).toEqual({ undone: 2, skipped: 0 });
    expect((await item(ids[6]!)).status).toBe('new');
    const approveUntrusted = (
      await alice.request('POST', '/api/admin/rules/dry-run', { conditions, action: { type: 'approve' } })
    ).json();
    expect(approveUntrusted.count).toBe(0);
  });

  it('auto-approves waiting items of trusted sources above the threshold, marked as such', async () => {
    const trusted = await insertItems(f.db, 4, { sourceId: 'trusted-source', trusted: true });
    const approved = await autoApproveTrusted(f.db, 0.5);
    const rows = await Promise.all(trusted.map(item));
    expect(approved).toBe(rows.filter((r) => r.relevance >= 0.5).length);
    for (const r of rows) expect(r.status).toBe(r.relevance >= 0.5 ? 'approved' : 'new');
    expect(rows.filter((r) => r.status === 'approved').every((r) => r.auto_approved)).toBe(true);
  });

  it('returns a hostile title as plain JSON text and reports dashboard figures', async () => {
    const [id] = await insertItems(f.db, 1, {
      sourceId: 'hostile',
      title: () => '<img src=x onerror=alert(1)>',
    });
    expect((await item(id!)).title).toBe('<img src=x onerror=alert(1)>');
    const dash = (await alice.request('GET', '/api/admin/dashboard')).json();
    expect(dash.backlog.find((b: { status: string }) => b.status === 'new').count).toBeGreaterThan(0);
    expect(dash.per_day.length).toBeGreaterThan(0);
    const bobs = (await alice.request('GET', '/api/admin/audit?actor=Bob@example.org')).json().entries;
    expect(bobs.length).toBeGreaterThan(0);
    expect(bobs.every((e: { actor: string }) => e.actor === 'bob@example.org')).toBe(true);
  });

  it('previews a feed before adding it, then adds, trusts, disables and queues a fetch', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://example.org/</link>
      <item><title>Preview item &lt;b&gt;one&lt;/b&gt;</title><link>https://example.org/a</link><pubDate>Mon, 23 Nov 2026 10:00:00 GMT</pubDate></item>
      </channel></rss>`;
    const server = await startFixtureServer({ '/feed.xml': { body: rss } });
    try {
      const preview = await alice.request('POST', '/api/admin/sources/preview', {
        url: server.url('/feed.xml'),
      });
      expect(preview.statusCode).toBe(200);
      expect(preview.json().items.map((i: { title: string }) => i.title)).toEqual(['Preview item one']);
      const added = await alice.request('POST', '/api/admin/sources', {
        url: server.url('/feed.xml'),
        name: 'Preview feed',
      });
      expect(added.statusCode).toBe(200);
      const id = added.json().source.id as string;
      expect(
        (await alice.request('POST', '/api/admin/sources', { url: server.url('/feed.xml'), name: 'Again' }))
          .statusCode,
      ).toBe(409);
      const patched = await alice.request('PATCH', `/api/admin/sources/${id}`, {
        trusted: true,
        enabled: false,
      });
      expect(patched.json().source).toMatchObject({ trusted: true, enabled: false });
      expect((await alice.request('POST', `/api/admin/sources/${id}/fetch`, {})).json()).toEqual({
        queued: true,
      });
      expect((await bob.request('POST', `/api/admin/sources/${id}/fetch`, {})).statusCode).toBe(403);
      const log = (await alice.request('GET', '/api/admin/audit?action=source.update')).json().entries;
      expect(log[0]).toMatchObject({ actor: 'alice@example.org', entity_id: id });
    } finally {
      await server.close();
    }
  });
});
