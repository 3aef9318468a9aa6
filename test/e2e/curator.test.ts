// A curator's session in real headless Chromium: log in, triage 30 items by keyboard alone,
// write a rule and see its dry run, reload, and find every change stored and audited. Saves the
// screenshots linked from docs/curation.md (see test/support/screenshots.ts).
import { join } from 'node:path';
import { schema } from '@mipas/db';
import { buildServer } from '@mipas/server';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, insertItems, PASSWORD } from '../../packages/server/test/admin-fixtures';
import { openModeRuntime } from '../support/modes';
import { screenshotDir } from '../support/screenshots';

const HOSTILE = '<img src=x onerror=alert(1)>';

type Runtime = Awaited<ReturnType<typeof openModeRuntime>>;

async function currentId(page: Page): Promise<number> {
  return Number(await page.getAttribute('.inbox-list .row.current', 'data-id'));
}

async function waitForSaves(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      () => !document.querySelector('.save-status .pending, .save-status .retrying'),
      null,
      { timeout: 60_000 },
    );
  } catch (err) {
    throw new Error(
      `saves did not finish: "${await page.textContent('.save-status')}" (${(err as Error).message})`,
    );
  }
}

describe('curator workspace in a browser', () => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let browser: Browser;
  let screenshots: string;
  let base: string;
  let ids: number[];

  beforeAll(async () => {
    runtime = await openModeRuntime('embedded');
    const db = runtime.database.db;
    await addAccount(db, 'curator@example.org', 'admin');
    ids = await insertItems(db, 30, {
      title: (i) => (i === 29 ? HOSTILE : `Fixture item ${i + 1} about asylum`),
    });
    app = await buildServer(runtime);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
    browser = await chromium.launch({
      executablePath: process.env.MIPAS_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    screenshots = screenshotDir();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await runtime?.close();
  });

  it('triages by keyboard, writes a rule, and keeps every change after a reload', {
    timeout: 300_000,
  }, async () => {
    const db = runtime.database.db;
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${base}/admin`);
    await page.fill('input[name=email]', 'curator@example.org');
    await page.fill('input[name=password]', PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.inbox-list .row');
    expect(await page.locator('.inbox-list .row').count()).toBe(30);

    // The hostile title is the newest item: it shows as text and runs nothing.
    await expect.poll(() => page.locator('.inbox-list .row.current .title').textContent()).toBe(HOSTILE);
    expect(await page.locator('.inbox-list img').count()).toBe(0);

    const key = (k: string) => page.keyboard.press(k);
    await key('j');
    const approved = await currentId(page);
    await key('a');
    const rejected = await currentId(page);
    await key('r');
    const held = await currentId(page);
    await key('h');

    const edited = await currentId(page);
    await key('e');
    await page.waitForSelector('.editor input:focus');
    await page.keyboard.type('Redaguota antraštė');
    await key('Tab');
    await key('Tab');
    await page.keyboard.type('Edited headline');
    await page.screenshot({ path: join(screenshots, 'item-editor.png') });
    await key('Control+Enter');
    await page.waitForSelector('.editor', { state: 'detached' });

    await key('t');
    await page.waitForSelector('.prompt input:focus');
    await page.keyboard.type('topic:asylum-test');
    await key('Enter');
    await page.waitForSelector('.prompt', { state: 'detached' });
    await key('t');
    await page.waitForSelector('.prompt input:focus');
    await page.keyboard.type('keyword:undo-me');
    await key('Enter');
    await waitForSaves(page);
    const reloaded = page.waitForResponse((r) => r.url().includes('/api/admin/items?'));
    await key('u');
    await reloaded;
    await expect
      .poll(
        async () =>
          (await db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'undo'))).length,
      )
      .toBe(1);

    await key('j');
    const bulk = [await currentId(page)];
    await key('x');
    await key('j');
    bulk.push(await currentId(page));
    await key('x');
    await key('Shift+A');

    const duplicate = await currentId(page);
    await key('d');
    await page.waitForSelector('.prompt input:focus');
    await page.keyboard.type(String(edited));
    await key('Enter');
    await waitForSaves(page);

    await key('o');
    await page.waitForSelector('.pane');
    await page.screenshot({ path: join(screenshots, 'inbox.png') });
    await key('?');
    await page.waitForSelector('.keys');
    await key('Escape');

    await page.goto(`${base}/admin#/rules`);
    await page.waitForSelector('.rule-form');
    await page.fill('.rule-form input[name=name]', 'Hold items about item 1');
    await page.fill('.rule-form input[name=words]', 'onerror');
    await page.click('.rule-form button[value=dry]');
    await expect.poll(() => page.locator('.dry-run li').first().textContent()).toContain(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    await page.fill('.rule-form input[name=words]', 'item 1');
    await page.selectOption('.rule-form select[name=action]', 'hold');
    await page.click('.rule-form button[value=dry]');
    await expect.poll(() => page.textContent('.dry-run h3')).not.toMatch(/^1 /);
    const dryText = await page.textContent('.dry-run h3');
    expect(Number(dryText?.split(' ')[0])).toBeGreaterThan(0);
    await page.click('.rule-form button[value=save]');
    await page.waitForSelector('.rules .grid tr');
    await page.screenshot({ path: join(screenshots, 'rules.png') });

    await page.goto(`${base}/admin#/dashboard`);
    await page.waitForSelector('.dashboard svg');
    await page.screenshot({ path: join(screenshots, 'dashboard.png') });
    await page.goto(`${base}/admin#/sources`);
    await page.waitForSelector('.sources .grid tbody tr');
    await page.screenshot({ path: join(screenshots, 'sources.png') });

    await page.goto(`${base}/admin#/inbox`);
    await page.reload();
    await page.waitForSelector('.inbox-list .row');
    const rowOf = (id: number) => page.locator(`.inbox-list .row[data-id="${id}"]`);
    await expect.poll(() => rowOf(edited).locator('.title').textContent()).toBe('Edited headline');
    expect(await rowOf(edited).locator('.members').textContent()).toBe('+1');
    for (const gone of [approved, rejected, held, duplicate, ...bulk])
      expect(await rowOf(gone).count()).toBe(0);

    // An item stored while the inbox is open appears without a reload.
    await insertItems(db, 1, { sourceId: 'late-source', title: () => 'Arrived while the inbox was open' });
    await expect
      .poll(
        () =>
          page.locator('.inbox-list .row .title', { hasText: 'Arrived while the inbox was open' }).count(),
        { timeout: 20_000 },
      )
      .toBe(1);

    // The hostile title, opened in the reading pane, is text there too.
    await page.click(`.inbox-list .row[data-id="${ids[29]}"] .title`);
    await key('o');
    await expect.poll(() => page.locator('.pane h2').textContent()).toBe(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    await key('e');
    await page.waitForSelector('.editor input:focus');
    expect(await page.locator('.editor .original').textContent()).toContain(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    await key('Escape');

    await page.goto(`${base}/admin#/audit`);
    await page.waitForSelector('.audit .grid tbody tr');
    expect(await page.locator('.audit .grid tbody tr').count()).toBeGreaterThanOrEqual(10);

    const statusOf = async (id: number) =>
      (await db.select().from(schema.items).where(eq(schema.items.id, id)))[0]!.status;
    expect(await statusOf(approved)).toBe('approved');
    expect(await statusOf(rejected)).toBe('rejected');
    expect(await statusOf(held)).toBe('on_hold');
    expect(await statusOf(edited)).toBe('new');
    expect(await statusOf(duplicate)).toBe('duplicate');
    for (const id of bulk) expect(await statusOf(id)).toBe('approved');
    const [curation] = await db
      .select()
      .from(schema.itemCuration)
      .where(eq(schema.itemCuration.itemId, edited));
    expect(curation?.titles).toEqual({ lt: 'Redaguota antraštė', en: 'Edited headline' });
    const tagRows = await db
      .select({ slug: schema.tags.slug, origin: schema.itemTags.origin })
      .from(schema.itemTags)
      .innerJoin(schema.tags, eq(schema.tags.id, schema.itemTags.tagId))
      .where(eq(schema.itemTags.itemId, edited));
    expect(tagRows).toEqual([{ slug: 'asylum-test', origin: 'curator' }]);
    const audit = await db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.actor, 'curator@example.org'));
    const actions = audit.map((a) => a.action).sort();
    expect(actions).toEqual(
      [
        'approved',
        'approved',
        'approved',
        'duplicate',
        'edit',
        'on_hold',
        'rejected',
        'rule.create',
        'tag',
        'tag',
        'undo',
      ].sort(),
    );
    const [undoneTag] = await db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'tag'), eq(schema.auditLog.itemId, edited)))
      .orderBy(schema.auditLog.id)
      .offset(1);
    expect(undoneTag?.undoneAt).not.toBeNull();
    expect((await db.select().from(schema.rules)).map((r) => r.name)).toEqual(['Hold items about item 1']);
    expect(ids).toHaveLength(30);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
