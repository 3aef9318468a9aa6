// Article stage: for sources whose feed carries only a teaser and whose settings declare article
// selectors, fetches each new item's own page with the same fetcher as listing pages (network
// policy, robots.txt, one request at a time per host, deadline, byte caps, charset decoding),
// extracts and sanitises the body, and stores it on the item before enrichment reads it. A page
// that cannot be had leaves the item with its feed text and a warning on the fetch run; the item
// goes on to enrichment either way.
import {
  type ArticleText,
  appendFetchRunWarnings,
  loadArticleTargets,
  type SourceRow,
  saveArticleTexts,
} from '@mipas/db';
import {
  type ArticleSelectors,
  decodeBody,
  type ExtractedArticle,
  extractArticle,
  FetchError,
  fetchResource,
  hostKeyOf,
} from '@mipas/ingest';
import type { Job, StageContext, StageOutcome } from '../types';
import type { EnrichInput } from './enrich';

/** Article pages are HTML; anything else (a PDF report, an image) is not extracted. */
const ARTICLE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

export interface ArticleJobData {
  /** The fetch run that brought the items: its row gets the warnings. */
  fetchRunId: number;
  sourceId: string;
  itemIds: number[];
  /** In-process, the rows the store stage wrote, handed on to the enrich stage. */
  items?: EnrichInput[];
}

/** The source's article selectors, when its settings declare usable ones. */
export function articleSelectorsOf(source: SourceRow): ArticleSelectors | undefined {
  const article = (source.settings as { article?: unknown } | null)?.article;
  if (!article || typeof article !== 'object') return undefined;
  const { content, remove } = article as { content?: unknown; remove?: unknown };
  if (typeof content !== 'string' || !content.trim()) return undefined;
  const drop = Array.isArray(remove)
    ? remove.filter((s): s is string => typeof s === 'string' && !!s.trim())
    : [];
  return drop.length ? { content, remove: drop } : { content };
}

interface Target {
  id: number;
  url: string | null;
}

type PageOutcome = { id: number; article: ExtractedArticle } | { id: number; warning: string };

/** Fetches one page and extracts its article; throws with a message fit for a warning. */
async function articleOf(
  ctx: StageContext,
  selectors: ArticleSelectors,
  url: string,
): Promise<ExtractedArticle> {
  const page = await fetchResource(url, {
    // Article pages are scraped, whatever the kind of the source's listing.
    respectRobots: true,
    allowPrivateNetwork: ctx.config.allowPrivateNetwork,
    timeoutMs: ctx.config.fetchTimeoutMs,
    maxBytes: ctx.config.fetchMaxBytes,
    accept: ARTICLE_ACCEPT,
  });
  const contentType = page.headers['content-type'];
  if (contentType && !/html|xml/i.test(contentType)) throw new Error(`not an HTML page (${contentType})`);
  const article = extractArticle(decodeBody(page.body, contentType), selectors, page.url);
  if (!article.contentText.trim())
    throw new Error(`the article selector "${selectors.content}" picks an element without text`);
  return article;
}

function failure(target: Target, err: unknown): string {
  const message = err instanceof FetchError ? `${err.code}: ${err.message}` : (err as Error).message;
  return `article page of item ${target.id} (${target.url}) not used: ${message}`;
}

/**
 * Pages of one host are fetched one after the other (the fetcher also keeps its pause between
 * them); different hosts at once. A page that fails costs only its own item's full text.
 */
async function fetchPages(
  ctx: StageContext,
  selectors: ArticleSelectors,
  targets: Target[],
): Promise<PageOutcome[]> {
  const out: PageOutcome[] = [];
  const byHost = new Map<string, Target[]>();
  for (const target of targets) {
    let key: string;
    try {
      if (!target.url) throw new Error('the item has no link');
      key = hostKeyOf(new URL(target.url));
    } catch (err) {
      out.push({ id: target.id, warning: failure(target, err) });
      continue;
    }
    const list = byHost.get(key);
    if (list) list.push(target);
    else byHost.set(key, [target]);
  }
  await Promise.all(
    [...byHost.values()].map(async (list) => {
      for (const target of list) {
        try {
          out.push({ id: target.id, article: await articleOf(ctx, selectors, target.url!) });
        } catch (err) {
          out.push({ id: target.id, warning: failure(target, err) });
        }
      }
    }),
  );
  return out;
}

export async function fetchArticles(ctx: StageContext, data: Record<string, unknown>): Promise<StageOutcome> {
  const job = data as unknown as ArticleJobData;
  const ids = job.itemIds ?? [];
  const fetchRunId = Number(job.fetchRunId);
  const enrich = (items: EnrichInput[] | undefined): Job => ({
    stage: 'enrich',
    id: `enrich_${fetchRunId}`,
    data: { itemIds: ids, ...(items ? { items } : {}) },
  });
  if (ids.length === 0) return { next: [], stats: {} };
  const inline = job.items?.length === ids.length ? job.items : undefined;
  const source = await ctx.batched.getSource(job.sourceId);
  const selectors = source && articleSelectorsOf(source);
  // The selectors were removed since the items were stored: enrich them as they are.
  if (!selectors) return { next: [enrich(inline)], stats: {} };

  const all: Target[] = inline
    ? inline.map(({ item }) => ({ id: item.id, url: item.url }))
    : await loadArticleTargets(ctx.db, ids);
  // A first fetch of a long feed would otherwise take one host pause per item.
  const limit = ctx.config.articlePagesPerRun;
  const targets = all.slice(0, limit);
  const warnings: string[] = [];
  if (all.length > limit)
    warnings.push(
      `${all.length - limit} of ${all.length} new items keep their feed text: ` +
        `at most ${limit} article pages are fetched per run (MIPAS_ARTICLE_PAGES_PER_RUN)`,
    );
  const outcomes = await fetchPages(ctx, selectors, targets);
  const texts: ArticleText[] = [];
  for (const o of outcomes) {
    if ('warning' in o) warnings.push(o.warning);
    else texts.push({ itemId: o.id, contentHtml: o.article.contentHtml, contentText: o.article.contentText });
  }
  let saved = new Set<number>();
  let failed = targets.length - texts.length;
  try {
    saved = await saveArticleTexts(ctx.db, texts);
  } catch (err) {
    failed = targets.length;
    // The items keep their feed text and still get enriched; the next cycle does not retry them.
    warnings.push(`article texts of ${texts.length} items not stored: ${(err as Error).message}`);
  }
  if (warnings.length) {
    ctx.log.warn('article pages not used', {
      source: job.sourceId,
      failed,
      overLimit: all.length - targets.length,
      of: all.length,
    });
    try {
      await appendFetchRunWarnings(ctx.db, fetchRunId, warnings);
    } catch (err) {
      ctx.log.warn('article warnings not recorded', { fetchRun: fetchRunId, error: err });
    }
  }
  const text = new Map(texts.filter((t) => saved.has(t.itemId)).map((t) => [t.itemId, t.contentText]));
  const items = inline?.map((row) =>
    text.has(row.item.id) ? { ...row, item: { ...row.item, contentText: text.get(row.item.id)! } } : row,
  );
  return {
    next: [enrich(items)],
    stats: { articles: saved.size, articleFailures: failed },
  };
}
