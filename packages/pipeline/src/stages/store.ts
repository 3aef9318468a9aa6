// Store stage: writes normalised items once each; repeats are counted as duplicates.
import type { NormalisedItem } from '@mipas/core';
import { getFetchRun, type NewItem } from '@mipas/db';
import type { StageContext, StageOutcome } from '../types';
import { recordSourceSuccess } from './source-health';

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

async function runTimes(
  ctx: StageContext,
  job: StoreJobData,
): Promise<{ startedAt: Date; fetchedAt: Date } | undefined> {
  if (job.startedAt && job.fetchedAt)
    return { startedAt: new Date(job.startedAt), fetchedAt: new Date(job.fetchedAt) };
  const run = await getFetchRun(ctx.db, job.fetchRunId);
  return run ? { startedAt: run.startedAt, fetchedAt: run.fetchedAt ?? new Date() } : undefined;
}

export async function storeItems(ctx: StageContext, data: Record<string, unknown>): Promise<StageOutcome> {
  const job = data as unknown as StoreJobData;
  const [times, source] = await Promise.all([runTimes(ctx, job), ctx.batched.getSource(job.sourceId)]);
  if (!times || !source) return { next: [], stats: {} };
  const outcome = await ctx.batched.insertItems(
    job.items.map((item) => toRow(job.sourceId, item, times.fetchedAt)),
  );
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
  const next = outcome.inserted.length
    ? [{ stage: 'enrich' as const, id: `enrich_${job.fetchRunId}`, data: { itemIds: outcome.inserted } }]
    : [];
  return { next, stats: { itemsNew: outcome.inserted.length, duplicates: outcome.duplicates } };
}
