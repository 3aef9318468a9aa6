// The admin pages in real headless Chromium: an admin adds a user, who then logs in and sees no
// admin pages; html source selectors edited against the live preview and saved; a failed
// outbound event retried; the interface switched to Lithuanian and Russian. Saves the
// screenshots linked from docs/curation.md (see test/support/screenshots.ts).
import { join } from 'node:path';
import { schema } from '@mipas/db';
import { buildServer } from '@mipas/server';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, PASSWORD } from '../../packages/server/test/admin-fixtures';
import { type FixtureServer, startFixtureServer } from '../support/http';
import { openModeRuntime } from '../support/modes';
import { screenshotDir } from '../support/screenshots';

const HOSTILE = '<img src=x onerror=alert(1)>';

type Runtime = Awaited<ReturnType<typeof openModeRuntime>>;

const LISTING = `<!doctype html><html lang="en"><head><title>Press releases</title></head><body>
<div class="list">
  <div class="entry"><h3><a href="/press/1">Reception centre opens in Pabradė</a></h3>
    <span class="when" data-date="2026-11-20">20 November 2026</span><p class="teaser">Places for 300 people.</p></div>
  <div class="entry"><h3><a href="/press/2">${HOSTILE.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</a></h3>
    <span class="when" data-date="2026-11-18">18 November 2026</span><p class="teaser">Second teaser.</p></div>
</div></body></html>`;

async function logIn(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/admin`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.keyboard.press('Enter');
  await page.waitForSelector('header nav');
}

describe('admin pages in a browser', () => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let browser: Browser;
  let screenshots: string;
  let site: FixtureServer;
  let base: string;

  beforeAll(async () => {
    site = await startFixtureServer({
      '/press': { body: LISTING, contentType: 'text/html; charset=utf-8' },
      '/home': {
        body: `<!doctype html><html><head><title>Ministry</title>
          <link rel="alternate" type="application/rss+xml" title="Ministry news" href="/feed.xml"></head>
          <body><h1>Ministry</h1></body></html>`,
        contentType: 'text/html; charset=utf-8',
      },
      '/feed.xml': {
        body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Ministry news</title>
          <link>https://ministry.example.org/</link>
          <item><title>New asylum procedure from December</title><link>https://ministry.example.org/n/1</link>
            <pubDate>Mon, 16 Nov 2026 09:00:00 GMT</pubDate></item>
          <item><title>Quota for work permits</title><link>https://ministry.example.org/n/2</link>
            <pubDate>Tue, 17 Nov 2026 09:00:00 GMT</pubDate></item>
          </channel></rss>`,
      },
    });
    runtime = await openModeRuntime('embedded');
    const db = runtime.database.db;
    await addAccount(db, 'chief@example.org', 'admin');
    await db.insert(schema.sources).values({
      id: 'press-page',
      name: 'Press releases',
      url: site.url('/press'),
      kind: 'html',
      settings: { listing: { item: '.entry', title: 'h3', link: 'a' } },
    });
    await db.insert(schema.outboundEvents).values([
      {
        channel: 'webhook',
        target: 'https://hooks.example.org/secret-path',
        event: 'item.approved',
        subject: 'item:7',
        status: 'failed',
        attempts: 5,
        lastError: 'HTTP 502 from the receiver',
      },
      {
        channel: 'mastodon',
        target: 'https://social.example.org',
        event: 'item.featured',
        subject: 'item:7',
        status: 'sent',
        attempts: 1,
        sentAt: new Date(),
      },
    ]);
    app = await buildServer(runtime);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
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
    await site?.close();
  });

  it('lets an admin add a user who can then log in, and keeps admin pages from a curator', {
    timeout: 180_000,
  }, async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await logIn(page, base, 'chief@example.org', PASSWORD);
    expect(await page.locator('header nav a').allTextContents()).toEqual([
      'Inbox',
      'Dashboard',
      'Sources',
      'Rules',
      'Audit log',
      'Users',
      'Outbound',
    ]);
    await page.click('header nav a[href="#/users"]');
    await page.waitForSelector('.users .grid tbody tr');
    await page.fill('.add-user input[name=email]', 'newcomer@example.org');
    await page.selectOption('.add-user select[name=role]', 'curator');
    await page.click('.add-user button[value=add]');
    const password = (await page.locator('.secret .new-password').textContent({ timeout: 20_000 }))!;
    expect(password).toMatch(/^[\w-]{20}$/);
    await expect.poll(() => page.locator('.users .grid tbody tr').count()).toBe(2);
    const row = page.locator('.users tr[data-email="newcomer@example.org"]');
    expect(await row.locator('td').nth(3).textContent()).toBe('never');
    // The dates are written in the browser's locale (en-GB: day before month).
    expect(await page.locator('.users tr[data-email="chief@example.org"] td').nth(2).textContent()).toMatch(
      /^\d{1,2} [A-Z][a-z]{2} \d{4}/,
    );
    await page.screenshot({ path: join(screenshots, 'users.png') });

    // The last admin cannot demote itself: the server's message is shown, the role stays.
    await page.selectOption('.users tr[data-email="chief@example.org"] select', 'curator');
    await expect.poll(() => page.locator('.message').textContent()).toMatch(/last active admin/);
    await expect
      .poll(() => page.locator('.users tr[data-email="chief@example.org"] select').inputValue())
      .toBe('admin');

    const other = await browser.newContext({ viewport: { width: 1200, height: 800 }, locale: 'en-GB' });
    const newcomer = await other.newPage();
    await logIn(newcomer, base, 'newcomer@example.org', password);
    expect(await newcomer.locator('header .user').textContent()).toBe('newcomer@example.org');
    expect(await newcomer.locator('header nav a').allTextContents()).toEqual([
      'Inbox',
      'Dashboard',
      'Sources',
      'Rules',
    ]);
    // Typing an admin page's address shows the inbox instead.
    await newcomer.goto(`${base}/admin#/users`);
    await newcomer.waitForSelector('.inbox-list, .empty');
    expect(await newcomer.locator('.users').count()).toBe(0);

    // Disabled by the admin, the newcomer's open session stops working.
    await row.locator('button.toggle').click();
    await expect.poll(() => row.getAttribute('class')).toBe('disabled');
    const [user] = await runtime.database.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, 'newcomer@example.org'));
    expect(user?.disabled).toBe(true);
    const status = await newcomer.evaluate(async () => (await fetch('/api/admin/session')).status);
    expect(status).toBe(401);
    await other.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('edits the selectors of an html source against the live preview and saves them', {
    timeout: 180_000,
  }, async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await logIn(page, base, 'chief@example.org', PASSWORD);
    await page.goto(`${base}/admin#/sources`);
    await page.click('.sources tr:has-text("Press releases") button.edit-selectors');
    await page.waitForSelector('.selector-editor');
    // The stored selectors give a preview at once; both titles are text, the hostile one too.
    await expect.poll(() => page.locator('.preview-items tbody tr').count(), { timeout: 20_000 }).toBe(2);
    expect(await page.locator('.preview-items .title').allTextContents()).toEqual([
      'Reception centre opens in Pabradė',
      HOSTILE,
    ]);
    expect(await page.locator('img').count()).toBe(0);
    await expect
      .poll(() => page.locator('.live-preview .warnings').textContent())
      .toContain('no date selector');

    // Typing the date selector updates the preview after a pause; the page is not fetched again.
    await page.locator('.selector-editor input[name=sel_date]').pressSequentially('.when', { delay: 60 });
    await page.fill('.selector-editor input[name=sel_dateAttribute]', 'data-date');
    await page.fill('.selector-editor input[name=sel_summary]', '.teaser');
    await expect
      .poll(() => page.locator('.preview-items tbody tr').first().locator('td').nth(2).textContent(), {
        timeout: 20_000,
      })
      .toMatch(/^20 Nov 2026/);
    await expect.poll(() => page.locator('.live-preview .warnings').count()).toBe(0);
    expect(await page.locator('.preview-items tbody tr').first().locator('td').nth(3).textContent()).toBe(
      'Places for 300 people.',
    );
    // A selector that matches nothing says so.
    await page.fill('.selector-editor input[name=sel_item]', '.nothing');
    await expect
      .poll(() => page.locator('.preview-error').textContent(), { timeout: 20_000 })
      .toContain('no element matches the item selector ".nothing"');
    await page.fill('.selector-editor input[name=sel_item]', '.entry');
    await expect.poll(() => page.locator('.preview-items tbody tr').count(), { timeout: 20_000 }).toBe(2);
    expect(site.requests.filter((r) => r.path === '/press')).toHaveLength(1);
    await page.screenshot({ path: join(screenshots, 'selectors.png'), fullPage: true });

    await page.click('.selector-editor button[value=save]');
    await page.waitForSelector('.selector-editor', { state: 'detached' });
    const [source] = await runtime.database.db
      .select()
      .from(schema.sources)
      .where(eq(schema.sources.id, 'press-page'));
    expect((source!.settings as { listing: unknown }).listing).toEqual({
      item: '.entry',
      title: 'h3',
      link: 'a',
      date: '.when',
      dateAttribute: 'data-date',
      summary: '.teaser',
    });
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('adds a source from a web page: discovers its feed, previews the items, then saves', {
    timeout: 120_000,
  }, async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await logIn(page, base, 'chief@example.org', PASSWORD);
    await page.goto(`${base}/admin#/sources`);
    await page.waitForSelector('.add-source');
    await page.fill('.add-source input[name=url]', site.url('/home'));
    await page.fill('.add-source input[name=name]', 'Ministry news');
    await page.click('.add-source button[value=preview]');
    await page.waitForSelector('.preview .feeds li');
    expect(await page.locator('.preview .feeds li').textContent()).toContain(site.url('/feed.xml'));
    await page.click('.preview .feeds button.use-feed');
    await expect.poll(() => page.locator('.preview ol li').count(), { timeout: 20_000 }).toBe(2);
    expect(await page.inputValue('.add-source input[name=url]')).toBe(site.url('/feed.xml'));
    expect(await page.locator('.preview ol li').first().textContent()).toContain(
      'New asylum procedure from December',
    );
    await page.click('.add-source button[value=add]');
    await page.waitForSelector('.sources .grid tr:has-text("Ministry news")');
    const added = await runtime.database.db
      .select()
      .from(schema.sources)
      .where(eq(schema.sources.name, 'Ministry news'));
    expect(added.map((s) => [s.url, s.kind])).toEqual([[site.url('/feed.xml'), 'rss']]);
    // Fetch now and disable, from the same row.
    const row = page.locator('.sources .grid tbody tr', { hasText: 'Ministry news' });
    const before = added[0]!.nextFetchAt;
    await row.locator('button', { hasText: 'Fetch now' }).click();
    await row.locator('button', { hasText: 'Disable' }).click();
    await expect.poll(() => row.locator('button', { hasText: 'Enable' }).count()).toBe(1);
    const [after] = await runtime.database.db
      .select()
      .from(schema.sources)
      .where(eq(schema.sources.id, added[0]!.id));
    expect(after?.enabled).toBe(false);
    expect(after!.nextFetchAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(after!.nextFetchAt).not.toEqual(before);
    await context.close();
  });

  it('shows failed outbound events first and retries one', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 700 }, locale: 'en-GB' });
    const page = await context.newPage();
    await logIn(page, base, 'chief@example.org', PASSWORD);
    await page.goto(`${base}/admin#/outbound`);
    await page.waitForSelector('.outbound .grid tbody tr');
    const rows = page.locator('.outbound .grid tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.first().locator('.status').textContent()).toBe('failed');
    expect(await rows.first().textContent()).toContain('HTTP 502 from the receiver');
    expect(await page.locator('.outbound').textContent()).not.toContain('secret-path');
    await page.screenshot({ path: join(screenshots, 'outbound.png') });
    await rows.first().locator('button.retry').click();
    // Queued again, it is no longer failed: it moves down among the others, waiting.
    const webhook = page.locator('.outbound .grid tbody tr', { hasText: 'webhook' });
    await expect.poll(() => webhook.locator('.status').textContent()).toBe('waiting');
    expect(await rows.first().textContent()).toContain('mastodon');
    expect(await page.locator('button.retry').count()).toBe(0);
    await page.selectOption('.outbound select[name=status]', 'sent');
    await expect.poll(() => rows.count()).toBe(1);
    await context.close();
  });

  it('speaks Lithuanian and Russian, dates included', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 700 }, locale: 'en-GB' });
    const page = await context.newPage();
    await logIn(page, base, 'chief@example.org', PASSWORD);
    await page.goto(`${base}/admin#/users`);
    await page.waitForSelector('.users .grid tbody tr');
    await page.selectOption('header select[aria-label=language]', 'lt');
    await expect.poll(() => page.locator('header nav a').allTextContents()).toContain('Naudotojai');
    expect(await page.locator('.users th').first().textContent()).toBe('El. paštas');
    expect(await page.getAttribute('html', 'lang')).toBe('lt');
    await page.selectOption('header select[aria-label=language]', 'ru');
    await expect.poll(() => page.locator('header nav a').allTextContents()).toContain('Пользователи');
    const created = await page.locator('.users tr[data-email="chief@example.org"] td').nth(2).textContent();
    expect(created).toMatch(/[а-я]{3}/);
    await page.reload();
    await page.waitForSelector('.users .grid tbody tr');
    expect(await page.locator('.add-user h2').textContent()).toBe('Добавить пользователя');
    await context.close();
  });
});
