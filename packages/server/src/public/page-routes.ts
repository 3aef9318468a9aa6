// The HTML pages: home, listings per topic, country, source and language, items and editions.
import {
  type EditionRow,
  findTag,
  getEditionBySlug,
  getPublishedItems,
  listClusterSiblings,
  listEditions,
  listPublishedItems,
  listPublishedSources,
  type PublishedFilter,
  type PublishedItem,
  type PublishedTag,
} from '@mipas/db';
import { LANGUAGE_NAMES, type Language, labelTag, translate } from '@mipas/publish';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { newestChange, type Rendered } from './cache';
import { HTML, type PublicContext, readLanguage, setSecurityHeaders } from './context';
import { renderEditionArchive, renderEditionPage } from './pages/editions';
import { renderListing } from './pages/home';
import { renderItemPage } from './pages/item';
import { decodeBefore } from './pages/item-list';
import { renderNotice } from './pages/subscribe';
import type { FeedQuery } from './urls';

const PAGE_SIZE = 50;

type LangParams = { Params: { lang: string; slug: string }; Querystring: { before?: string } };

function notFound(lang: Language, ctx: PublicContext): Rendered {
  return {
    body: renderNotice(lang, ctx.base, 'notFound', ''),
    contentType: HTML,
    lastModified: new Date(0),
    status: 404,
  };
}

async function renderFiltered(
  ctx: PublicContext,
  lang: Language,
  path: string,
  title: string | undefined,
  filter: PublishedFilter,
  feed: FeedQuery,
  before: string | undefined,
): Promise<Rendered> {
  if (title === undefined) return notFound(lang, ctx);
  const items = await listPublishedItems(ctx.db, {
    ...filter,
    before: decodeBefore(before),
    limit: PAGE_SIZE,
  });
  const body = renderListing({ lang, base: ctx.base, path, title, items, limit: PAGE_SIZE, feed });
  return { body, contentType: HTML, lastModified: newestChange(items) };
}

export function registerPageRoutes(app: FastifyInstance, ctx: PublicContext): void {
  const page = (
    path: string,
    render: (lang: Language, params: LangParams['Params'], before?: string) => Promise<Rendered>,
  ) =>
    app.get<LangParams>(path, async (request, reply: FastifyReply) => {
      const lang = readLanguage(request.params.lang, reply);
      if (!lang) return reply;
      setSecurityHeaders(reply);
      return ctx.cache.serve(request, reply, () => render(lang, request.params, request.query.before));
    });

  page('/:lang/', async (lang, _p, before) => {
    const items = await listPublishedItems(ctx.db, { before: decodeBefore(before), limit: PAGE_SIZE });
    const topics = collectTags(items, 'topic');
    const countries = collectTags(items, 'country');
    const body = renderListing({
      lang,
      base: ctx.base,
      path: '',
      title: translate(lang, 'latest'),
      items,
      limit: PAGE_SIZE,
      feed: {},
      topics,
      countries,
    });
    return { body, contentType: HTML, lastModified: newestChange(items) };
  });
  page('/:lang/topics/:slug', async (lang, { slug }, before) => {
    const tag = await findTag(ctx.db, 'topic', slug);
    return renderFiltered(
      ctx,
      lang,
      `topics/${slug}`,
      tag && labelTag(tag, lang),
      { topics: [slug] },
      { topic: [slug] },
      before,
    );
  });
  page('/:lang/countries/:slug', async (lang, { slug }, before) => {
    const tag = await findTag(ctx.db, 'country', slug);
    return renderFiltered(
      ctx,
      lang,
      `countries/${slug}`,
      tag && labelTag(tag, lang),
      { countries: [slug] },
      { country: [slug] },
      before,
    );
  });
  page('/:lang/sources/:slug', async (lang, { slug }, before) => {
    const source = (await listPublishedSources(ctx.db)).find((s) => s.id === slug);
    return renderFiltered(
      ctx,
      lang,
      `sources/${encodeURIComponent(slug)}`,
      source?.name,
      { sources: [slug] },
      { source: [slug] },
      before,
    );
  });
  page('/:lang/languages/:slug', async (lang, { slug }, before) => {
    const title = /^[a-z]{2,3}$/.test(slug)
      ? `${translate(lang, 'language')}: ${LANGUAGE_NAMES[slug] ?? slug}`
      : undefined;
    return renderFiltered(
      ctx,
      lang,
      `languages/${slug}`,
      title,
      { languages: [slug] },
      { language: [slug] },
      before,
    );
  });
  page('/:lang/items/:slug', async (lang, { slug }) => {
    const id = Number(slug);
    const [item] = Number.isSafeInteger(id) && id > 0 ? await getPublishedItems(ctx.db, [id]) : [];
    if (!item) return notFound(lang, ctx);
    const siblings = await listClusterSiblings(ctx.db, item);
    return {
      body: renderItemPage(item, siblings, lang, ctx.base),
      contentType: HTML,
      lastModified: newestChange([item]),
    };
  });
  page('/:lang/editions', async (lang) => {
    const editions = await listEditions(ctx.db, 200);
    return {
      body: renderEditionArchive(editions, lang, ctx.base),
      contentType: HTML,
      lastModified: newestEdition(editions),
    };
  });
  page('/:lang/editions/:slug', async (lang, { slug }) => {
    const edition = await getEditionBySlug(ctx.db, slug);
    if (!edition) return notFound(lang, ctx);
    const items = await getPublishedItems(ctx.db, edition.itemIds);
    return {
      body: renderEditionPage(edition, items, lang, ctx.base),
      contentType: HTML,
      lastModified: edition.publishedAt,
    };
  });
}

/** The tags of one kind on the listed items, most frequent first: the home page's chips. */
function collectTags(items: PublishedItem[], kind: string): PublishedTag[] {
  const counts = new Map<string, { tag: PublishedTag; n: number }>();
  for (const item of items)
    for (const tag of item.tags)
      if (tag.kind === kind) counts.set(tag.slug, { tag, n: (counts.get(tag.slug)?.n ?? 0) + 1 });
  return [...counts.values()]
    .sort((a, b) => b.n - a.n || a.tag.slug.localeCompare(b.tag.slug))
    .slice(0, 20)
    .map((c) => c.tag);
}

function newestEdition(editions: EditionRow[]): Date {
  return new Date(Math.max(0, ...editions.map((e) => e.publishedAt.getTime())));
}
