// Store stage: writes normalised items once each; repeats are counted as duplicates.
import type { NormalisedItem } from '@mipas/core';
import { getFetchRun, type NewItem, type SourceRow } from '@mipas/db';
import type { StoredItems } from '../batched-db';
import type { StageContext, StageOutcome } from '../types';
import { articleSelectorsOf } from './article';
import type { EnrichInput } from './enrich';
import { recordSourceFailure, recordSourceSuccess } from './source-health';

export interface StoreJobData {
  fetchRunId: number;
  sourceId: string;
  /** When the run started and when its body arrived (ISO); read off the run row when absent. */
  startedAt?: string;
  fetchedAt?: string;
  /** Normalised items; dates arrive as ISO strings when the job went through Redis. */
  items: Array<Omit<NormalisedItem, 'publishedAt'> & { publishedAt: string | Date }>;
}

function toRow(sourceId: string, item: StoreJobData['items'][number], fetchedAt: Date): NewItem {
  return {
    sourceId,
    key: item.key,
    guid: item.guid,
    url: item.url,
    canonicalUrl: item.canonicalUrl,
    title: item.title,
    summary: item.summary,
    contentHtml: item.contentHtml,
    contentText: item.contentText,
    author: item.author,
    categories: item.categories,
    publishedAt: new Date(item.publishedAt),
    dateFlag: item.dateFlag,
    fetchedAt,
    declaredLanguage: item.declaredLanguage,
  };
}

/** The rows just stored, as the enrich stage reads them, in the order of their ids. */
function inlineRows(rows: NewItem[], stored: StoredItems, source: SourceRow): EnrichInput[] {
  return stored.inserted.map((id, i) => {
    const row = rows[stored.positions[i]!]!;
    return {
      item: {
        id,
        title: row.title,
        summary: row.summary ?? null,
        contentText: row.contentText ?? null,
        url: row.url ?? null,
        declaredLanguage: row.declaredLanguage ?? null,
        status: 'new',
        publishedAt: row.publishedAt,
      },
      source: { languages: source.languages, defaultTags: source.defaultTags, scope: source.scope },
    };
  });
}

async function runTimes(
  ctx: StageContext,
  job: StoreJobData,
): Promise<{ startedAt: Date; fetchedAt: Date } | undefined> {
  if (job.startedAt && job.fetchedAt)
    return { startedAt: new Date(job.startedAt), fetchedAt: new Date(job.fetchedAt) };
  const run = await getFetchRun(ctx.db, job.fetchRunId);
  return run ? { startedAt: run.startedAt, fetchedAt: run.fetchedAt ?? new Date() } : undefined;
}

/** The database's own words (a driver error's cause), not the statement with its parameters. */
function storeErrorMessage(err: unknown): string {
  const cause = (err as { cause?: unknown }).cause;
  const text = cause instanceof Error ? cause.message : err instanceof Error ? err.message : String(err);
  return text.split('\n')[0]!.slice(0, 300);
}

export async function storeItems(ctx: StageContext, data: Record<string, unknown>): Promise<StageOutcome> {
  const job = data as unknown as StoreJobData;
  const [times, source] = await Promise.all([runTimes(ctx, job), ctx.batched.getSource(job.sourceId)]);
  if (!times || !source) return { next: [], stats: {} };
  const rows = job.items.map((item) => toRow(job.sourceId, item, times.fetchedAt));
  let outcome: StoredItems;
  try {
    outcome = await ctx.batched.insertItems(rows);
  } catch (err) {
    // The job fails (and is retried where the transport retries), but the run and the source's
    // health say so too, as for a failed fetch or parse: otherwise the feed looked healthy.
    const message = `could not store the items: ${storeErrorMessage(err)}`;
    await Promise.all([
      ctx.batched.updateFetchRun(job.fetchRunId, {
        status: 'error',
        errorCode: 'STORE',
        error: message,
        finishedAt: new Date(),
        durationMs: Date.now() - times.startedAt.getTime(),
      }),
      recordSourceFailure(ctx, source, message, false),
    ]).catch(() => undefined);
    throw err;
  }
  await Promise.all([
    ctx.batched.updateFetchRun(job.fetchRunId, {
      status: 'ok',
      itemsNew: outcome.inserted.length,
      itemsDuplicate: outcome.duplicates,
      finishedAt: new Date(),
      durationMs: Date.now() - times.startedAt.getTime(),
    }),
    recordSourceSuccess(ctx, source),
  ]);
  ctx.log.info('source fetched', { source: source.id, seen: job.items.length, new: outcome.inserted.length });
  // Items of a source with article selectors get their pages fetched before enrichment.
  const article = ctx.config.articlePagesPerRun > 0 && articleSelectorsOf(source) !== undefined;
  const next = outcome.inserted.length
    ? [
        {
          stage: article ? ('article' as const) : ('enrich' as const),
          id: `${article ? 'article' : 'enrich'}_${job.fetchRunId}`,
          data: {
            itemIds: outcome.inserted,
            ...(article ? { fetchRunId: job.fetchRunId, sourceId: source.id } : {}),
            // In-process the rows go along, so the enrich stage does not read them back.
            ...(ctx.inlineBodies ? { items: inlineRows(rows, outcome, source) } : {}),
          },
        },
      ]
    : [];
  return { next, stats: { itemsNew: outcome.inserted.length, duplicates: outcome.duplicates } };
}
