// Public pages: item page language handling, story cluster links, editions, subscription pages
// without an SMTP server, and 404s.
import { composeEdition, periodContaining } from '@mipas/publish';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openModeRuntime } from '../../../test/support/modes';
import { seedItems, seedSources } from '../../publish/test/seed';
import { buildServer } from '../src/app';

type Runtime = Awaited<ReturnType<typeof openModeRuntime>>;
let runtime: Runtime;
let app: Awaited<ReturnType<typeof buildServer>>;
let ids: number[];
const WEEK = periodContaining('weekly', new Date(Date.UTC(2026, 10, 4)));
const at = (days: number) => new Date(WEEK.start.getTime() + days * 86_400_000);

beforeAll(async () => {
  runtime = await openModeRuntime('embedded', {
    MIPAS_PUBLIC_URL: 'https://mipas.example',
    MIPAS_PUBLIC_CACHE_SECONDS: '0',
  });
  const db = runtime.database.db;
  await seedSources(db);
  ids = await seedItems(db, [
    {
      title: 'Prieglobsčio prašymų daugėja',
      summary: 'Originalus santrauka',
      publishedAt: at(1),
      topics: ['asylum'],
      countries: ['lt'],
      clusterId: 7,
      titles: { en: 'Asylum applications rise' },
      url: 'https://news.example/original-1',
    },
    {
      title: 'Ta pati istorija kitame šaltinyje',
      publishedAt: at(2),
      sourceId: 'unhcr',
      topics: ['asylum'],
      clusterId: 7,
    },
    { title: 'Returns resume', language: 'en', publishedAt: at(3), topics: ['return'] },
  ]);
  await composeEdition(db, runtime.config, WEEK, { en: 'A week of <b>asylum</b> news' });
  app = await buildServer(runtime);
}, 120_000);

afterAll(async () => {
  await app?.close();
  await runtime?.close();
});

describe('item page', () => {
  it('shows the curator title in the reader language, else the original marked with its language', async () => {
    const en = (await app.inject(`/en/items/${ids[0]}`)).body;
    expect(en).toContain('<h1>Asylum applications rise</h1>');
    expect(en).toContain('<article lang="en">');
    expect(en).toContain('href="https://news.example/original-1"');
    expect(en).toContain('href="https://mipas.example/en/topics/asylum"');
    expect(en).toContain(`href="https://mipas.example/en/items/${ids[1]}"`);
    expect(en).toContain('<meta property="og:type" content="article">');
    const ru = (await app.inject(`/ru/items/${ids[0]}`)).body;
    expect(ru).toContain('<article lang="lt">');
    expect(ru).toContain('<h1>Prieglobsčio prašymų daugėja</h1>');
    expect(ru).toContain('Язык оригинала: Lietuvių');
    expect(ru).toContain('<html lang="ru">');
  });

  it('answers 404 for unknown items, languages and tags', async () => {
    expect((await app.inject('/en/items/999999')).statusCode).toBe(404);
    expect((await app.inject('/de/')).statusCode).toBe(404);
    expect((await app.inject('/en/topics/no-such-topic')).statusCode).toBe(404);
  });
});

describe('home', () => {
  it('groups items by day with topic and country chips, and redirects / by Accept-Language', async () => {
    const home = (await app.inject('/lt/')).body;
    expect(home).toContain('href="https://mipas.example/lt/topics/asylum">Prieglobstis</a>');
    expect(home).toContain('href="https://mipas.example/lt/countries/lt">Lietuva</a>');
    expect(home.match(/<section><h2>/g)).toHaveLength(3);
    expect(home).toContain('<main id="main">');
    const root = await app.inject({ url: '/', headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' } });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('/ru/');
  });
});

describe('editions', () => {
  it('lists editions and shows one grouped by topic with its intro escaped', async () => {
    const archive = (await app.inject('/en/editions')).body;
    expect(archive).toContain(`href="https://mipas.example/en/editions/${WEEK.slug}"`);
    const page = (await app.inject(`/en/editions/${WEEK.slug}`)).body;
    expect(page).toContain('A week of &lt;b&gt;asylum&lt;/b&gt; news');
    expect(page.indexOf('<h2>Asylum</h2>')).toBeLessThan(page.indexOf('<h2>Return</h2>'));
    expect(page).toContain('Asylum applications rise');
  });
});

describe('subscription pages', () => {
  it('offers the form, refuses when mail is not configured, and rejects unknown tokens', async () => {
    const form = (await app.inject('/en/subscribe')).body;
    expect(form).toContain('<label for="email">');
    expect(form).toContain('name="topics" value="asylum"');
    const post = await app.inject({
      method: 'POST',
      url: '/en/subscribe',
      payload: 'email=a%40example.test&frequency=weekly',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(post.statusCode).toBe(503);
    expect((await app.inject('/subscriptions/confirm?token=nope')).statusCode).toBe(404);
    expect((await app.inject('/subscriptions/unsubscribe?token=nope')).statusCode).toBe(404);
    expect(
      (await app.inject({ method: 'POST', url: '/subscriptions/unsubscribe?token=nope' })).statusCode,
    ).toBe(404);
  });
});
