// Store stage: writes normalised items once each; repeats are counted as duplicates.
import type { NormalisedItem } from '@mipas/core';
import { getFetchRun, getSource, insertItems, type NewItem, updateFetchRun } from '@mipas/db';
import type { StageContext, StageOutcome } from '../types';
import { recordSourceSuccess } from './source-health';

interface StoreJobData {
  fetchRunId: number;
  sourceId: string;
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

export async function storeItems(ctx: StageContext, data: Record<string, unknown>): Promise<StageOutcome> {
  const job = data as unknown as StoreJobData;
  const run = await getFetchRun(ctx.db, job.fetchRunId);
  const source = await getSource(ctx.db, job.sourceId);
  if (!run || !source) return { next: [], stats: {} };
  const fetchedAt = run.fetchedAt ?? new Date();
  const outcome = await insertItems(
    ctx.db,
    job.items.map((item) => toRow(job.sourceId, item, fetchedAt)),
  );
  await updateFetchRun(ctx.db, run.id, {
    status: 'ok',
    itemsNew: outcome.inserted.length,
    itemsDuplicate: outcome.duplicates,
    finishedAt: new Date(),
    durationMs: Date.now() - run.startedAt.getTime(),
  });
  await recordSourceSuccess(ctx, source);
  ctx.log.info('source fetched', { source: source.id, seen: job.items.length, new: outcome.inserted.length });
  const next = outcome.inserted.length
    ? [{ stage: 'enrich' as const, id: `enrich_${run.id}`, data: { itemIds: outcome.inserted } }]
    : [];
  return { next, stats: { itemsNew: outcome.inserted.length, duplicates: outcome.duplicates } };
}
