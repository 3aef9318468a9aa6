// Sources admin: health list, preview of a URL's items before adding, selectors with live
// preview, enable/disable/trust, fetch now (the scheduler picks the source up on its next tick).
import type { ListingSelectors, ParsedItem } from '@mipas/core';
import {
  addSource,
  countItemsPerSource,
  getSource,
  listSources,
  recordAudit,
  SourceExistsError,
  type SourceRow,
  updateSource,
} from '@mipas/db';
import {
  isScraped,
  parseFetchedDocument,
  type SourceSettings,
  settingsOf,
  urlToFetch,
} from '@mipas/pipeline';
import type { FastifyInstance } from 'fastify';
import { type AdminContext, actorOf, sendError } from './context';

const selectors = {
  type: 'object',
  required: ['item', 'title', 'link'],
  additionalProperties: false,
  properties: Object.fromEntries(
    ['item', 'title', 'link', 'date', 'dateAttribute', 'summary'].map((k) => [
      k,
      { type: 'string', minLength: 1, maxLength: 300 },
    ]),
  ),
} as const;
const article = {
  type: ['object', 'null'],
  required: ['content'],
  additionalProperties: false,
  properties: {
    content: { type: 'string', minLength: 1, maxLength: 300 },
    remove: { type: 'array', maxItems: 20, items: { type: 'string', minLength: 1, maxLength: 300 } },
  },
} as const;
const livePreviewBody = {
  type: 'object',
  required: ['selectors'],
  additionalProperties: false,
  properties: { selectors, article },
} as const;
const previewBody = {
  type: 'object',
  required: ['url'],
  additionalProperties: false,
  properties: {
    url: { type: 'string', format: 'uri', maxLength: 2000 },
    kind: { type: 'string', enum: ['rss', 'html'] },
    selectors,
  },
} as const;
const addBody = {
  type: 'object',
  required: ['url', 'name'],
  additionalProperties: false,
  properties: {
    ...previewBody.properties,
    name: { type: 'string', minLength: 1, maxLength: 200 },
    trusted: { type: 'boolean' },
  },
} as const;
const patchBody = {
  type: 'object',
  additionalProperties: false,
  properties: { enabled: { type: 'boolean' }, trusted: { type: 'boolean' }, selectors, article },
} as const;

interface PreviewBody {
  url: string;
  kind?: 'rss' | 'html';
  selectors?: ListingSelectors;
}

function presentSourceHealth(s: SourceRow, perWeek: number) {
  return {
    id: s.id,
    name: s.name,
    url: s.url,
    kind: s.kind,
    enabled: s.enabled,
    trusted: s.trusted,
    selectors: settingsOf(s).listing ?? null,
    article: selectorsOf(s).article ?? null,
    last_success_at: s.lastSuccessAt?.toISOString() ?? null,
    error_streak: s.consecutiveFailures,
    last_error: s.lastError,
    disabled_reason: s.disabledReason,
    items_per_day: Math.round((perWeek / 7) * 10) / 10,
  };
}

/** Fetches the URL and parses it as the source would be; a page offers the feeds it links. */
async function previewSource(ctx: AdminContext, body: PreviewBody) {
  const { decodeBody, discoverFeeds } = await import('@mipas/ingest');
  const { page: fetched } = await ctx.pages.get(body.url, { respectRobots: Boolean(body.selectors) });
  const contentType = fetched.contentType;
  const kind = body.selectors ? 'html' : (body.kind ?? 'rss');
  const pseudo = {
    id: 'preview',
    kind,
    settings: body.selectors ? { listing: body.selectors } : {},
  } as unknown as SourceRow;
  const isHtml = /html/i.test(contentType ?? '');
  const feeds =
    isHtml && !body.selectors ? discoverFeeds(decodeBody(fetched.body, contentType), fetched.url) : [];
  let items: Array<{ title: string; url: string | null; published_at: string | null }> = [];
  let error: string | null = null;
  try {
    const parsed = await parseFetchedDocument(pseudo, fetched.body, contentType, fetched.url, new Date());
    items = parsed.items
      .slice(0, 20)
      .map((i) => ({ title: i.title, url: i.url, published_at: i.publishedAt?.toISOString() ?? null }));
  } catch (err) {
    error = (err as Error).message;
  }
  return { final_url: fetched.url, content_type: contentType ?? null, kind, feeds, items, error };
}

interface ArticleSelectors {
  content: string;
  remove?: string[];
}

/** A source's settings with the article selector the catalogue may also store there. */
type EditableSettings = SourceSettings & { article?: ArticleSelectors };

function selectorsOf(source: SourceRow): EditableSettings {
  return settingsOf(source) as EditableSettings;
}

interface LivePreviewBody {
  selectors: ListingSelectors;
  article?: ArticleSelectors | null;
}

/** Items and warnings that stop short of an error but tell the admin a selector misses. */
function selectorWarnings(items: ParsedItem[], selectors: ListingSelectors): string[] {
  const warnings: string[] = [];
  const n = items.length;
  const count = (test: (i: ParsedItem) => boolean) => items.filter(test).length;
  const noLink = count((i) => !i.url);
  if (noLink)
    warnings.push(`${noLink} of ${n} items have no link: check the link selector "${selectors.link}"`);
  const noDate = count((i) => i.dateFlag !== 'ok');
  if (!selectors.date) warnings.push('no date selector: every item takes the time it was fetched');
  else if (noDate)
    warnings.push(
      `${noDate} of ${n} items have no readable date: check the date selector "${selectors.date}"`,
    );
  if (selectors.summary) {
    const noSummary = count((i) => !i.summary);
    if (noSummary)
      warnings.push(
        `${noSummary} of ${n} items have no summary: check the summary selector "${selectors.summary}"`,
      );
  }
  const urls = items.map((i) => i.url).filter(Boolean);
  if (new Set(urls).size < urls.length)
    warnings.push('several items share one link: the item selector may be too wide');
  return warnings;
}

/**
 * What a stored html source's listing page yields with the given selectors: its page is fetched
 * once a minute at most, so each keystroke re-reads the kept page. With an article selector, the
 * first item's own page is fetched (kept likewise) and the text the selector picks is shown.
 */
async function livePreview(ctx: AdminContext, source: SourceRow, body: LivePreviewBody) {
  const { extractArticle, decodeBody } = await import('@mipas/ingest');
  const url = urlToFetch(source);
  const { page, cached } = await ctx.pages.get(url, { respectRobots: isScraped(source) });
  const candidate = {
    ...source,
    settings: { ...settingsOf(source), listing: body.selectors },
  } as SourceRow;
  const result = {
    final_url: page.url,
    fetched_at: page.fetchedAt.toISOString(),
    cached,
    items: [] as Array<{
      title: string;
      url: string | null;
      published_at: string | null;
      summary: string | null;
    }>,
    total: 0,
    warnings: [] as string[],
    error: null as string | null,
    article: null as { url: string; title: string | null; text: string } | null,
  };
  let parsed: ParsedItem[];
  try {
    const feed = await parseFetchedDocument(candidate, page.body, page.contentType, page.url, new Date());
    parsed = feed.items;
    result.warnings.push(...feed.warnings);
  } catch (err) {
    result.error = (err as Error).message;
    return result;
  }
  result.total = parsed.length;
  result.items = parsed.slice(0, 20).map((i) => ({
    title: i.title,
    url: i.url,
    published_at: i.dateFlag === 'ok' ? (i.publishedAt?.toISOString() ?? null) : null,
    summary: i.summary ? i.summary.slice(0, 300) : null,
  }));
  result.warnings.push(...selectorWarnings(parsed, body.selectors));
  const first = parsed.find((i) => i.url);
  if (body.article && first?.url) {
    try {
      const { page: articlePage } = await ctx.pages.get(first.url, { respectRobots: isScraped(source) });
      const text = decodeBody(articlePage.body, articlePage.contentType);
      const extracted = extractArticle(text, body.article, articlePage.url);
      result.article = {
        url: articlePage.url,
        title: extracted.title,
        text: extracted.contentText.slice(0, 600),
      };
      if (!extracted.contentText.trim())
        result.warnings.push(`the article selector "${body.article.content}" picks an empty element`);
    } catch (err) {
      result.warnings.push(`article of the first item (${first.url}): ${(err as Error).message}`);
    }
  } else if (body.article)
    result.warnings.push('no item has a link, so the article selector cannot be tried');
  return result;
}

function slugFromUrl(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return `${host.replace(/[^a-z0-9]+/gi, '-')}-${Date.now().toString(36)}`.toLowerCase();
}

export function registerSourceRoutes(app: FastifyInstance, ctx: AdminContext): void {
  const db = ctx.db;
  app.get('/api/admin/sources', async () => {
    const counts = await countItemsPerSource(db);
    return { sources: (await listSources(db)).map((s) => presentSourceHealth(s, counts.get(s.id) ?? 0)) };
  });

  app.post<{ Body: PreviewBody }>(
    '/api/admin/sources/preview',
    { config: { role: 'admin' }, schema: { body: previewBody } },
    async (request, reply) => {
      try {
        return await previewSource(ctx, request.body);
      } catch (err) {
        return sendError(
          reply,
          422,
          'FETCH_FAILED',
          `could not fetch ${request.body.url}: ${(err as Error).message}`,
        );
      }
    },
  );

  app.post<{ Params: { id: string }; Body: LivePreviewBody }>(
    '/api/admin/sources/:id/preview',
    { config: { role: 'admin' }, schema: { body: livePreviewBody } },
    async (request, reply) => {
      const source = await getSource(db, request.params.id);
      if (!source) return sendError(reply, 404, 'NOT_FOUND', 'no such source');
      if (source.kind !== 'html')
        return sendError(
          reply,
          409,
          'NOT_HTML',
          `source ${source.id} is ${source.kind}; only html sources have selectors`,
        );
      try {
        return await livePreview(ctx, source, request.body);
      } catch (err) {
        return sendError(
          reply,
          422,
          'FETCH_FAILED',
          `could not fetch ${source.url}: ${(err as Error).message}`,
        );
      }
    },
  );

  app.post<{ Body: PreviewBody & { name: string; trusted?: boolean } }>(
    '/api/admin/sources',
    { config: { role: 'admin' }, schema: { body: addBody } },
    async (request, reply) => {
      const b = request.body;
      try {
        const source = await addSource(db, {
          id: slugFromUrl(b.url),
          name: b.name,
          url: b.url,
          kind: b.selectors ? 'html' : (b.kind ?? 'rss'),
          trusted: b.trusted ?? false,
          settings: b.selectors ? { listing: b.selectors } : {},
        });
        await auditSource(ctx, request, 'source.create', source.id, null, { url: b.url, name: b.name });
        return { source: presentSourceHealth(source, 0) };
      } catch (err) {
        if (err instanceof SourceExistsError) return sendError(reply, 409, 'SOURCE_EXISTS', err.message);
        throw err;
      }
    },
  );

  app.patch<{
    Params: { id: string };
    Body: {
      enabled?: boolean;
      trusted?: boolean;
      selectors?: ListingSelectors;
      article?: ArticleSelectors | null;
    };
  }>(
    '/api/admin/sources/:id',
    { config: { role: 'admin' }, schema: { body: patchBody } },
    async (request, reply) => {
      const before = await getSource(db, request.params.id);
      if (!before) return sendError(reply, 404, 'NOT_FOUND', 'no such source');
      const { enabled, trusted, selectors: listing, article: articleSelectors } = request.body;
      if ((listing || articleSelectors !== undefined) && before.kind !== 'html')
        return sendError(
          reply,
          409,
          'NOT_HTML',
          `source ${before.id} is ${before.kind}; only html sources have selectors`,
        );
      const settings: EditableSettings = { ...selectorsOf(before) };
      if (listing) settings.listing = listing;
      if (articleSelectors) settings.article = articleSelectors;
      else if (articleSelectors === null) delete settings.article;
      const patch = {
        ...(enabled === undefined
          ? {}
          : { enabled, consecutiveFailures: enabled ? 0 : before.consecutiveFailures, disabledReason: null }),
        ...(trusted === undefined ? {} : { trusted }),
        ...(listing || articleSelectors !== undefined
          ? { settings: settings as Record<string, unknown> }
          : {}),
      };
      const after = await updateSource(db, before.id, patch);
      await auditSource(
        ctx,
        request,
        'source.update',
        before.id,
        {
          enabled: before.enabled,
          trusted: before.trusted,
          ...(listing ? { selectors: settingsOf(before).listing ?? null } : {}),
          ...(articleSelectors !== undefined ? { article: selectorsOf(before).article ?? null } : {}),
        },
        request.body,
      );
      return { source: presentSourceHealth(after!, 0) };
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/admin/sources/:id/fetch',
    { config: { role: 'admin' } },
    async (request, reply) => {
      const source = await updateSource(db, request.params.id, { nextFetchAt: new Date() });
      if (!source) return sendError(reply, 404, 'NOT_FOUND', 'no such source');
      await auditSource(ctx, request, 'source.fetch', source.id, null, {});
      return { queued: true };
    },
  );
}

async function auditSource(
  ctx: AdminContext,
  request: import('fastify').FastifyRequest,
  action: string,
  id: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
) {
  const actor = actorOf(request);
  await recordAudit(ctx.db, [
    { userId: actor.userId, actor: actor.name, action, entity: 'source', entityId: id, before, after },
  ]);
}
