// Parse stage: parses and normalises the fetched bytes (carried in the job in-process, else read
// off the run row). A feed that cannot be parsed fails this source's run only.
import { getFetchRun } from '@mipas/db';
import { normaliseItems } from '@mipas/ingest';
import { parseFetchedDocument } from '../source-document';
import type { StageContext, StageOutcome } from '../types';
import type { InlineFetch, ParseJobData } from './fetch';
import { recordSourceFailure } from './source-health';
import type { StoreJobData } from './store';

async function fetchedDocument(ctx: StageContext, job: ParseJobData): Promise<InlineFetch | undefined> {
  if (job.inline) return job.inline;
  const run = await getFetchRun(ctx.db, job.fetchRunId);
  if (!run?.body) return undefined;
  return {
    sourceId: run.sourceId,
    body: run.body,
    contentType: run.contentType,
    url: run.url,
    finalUrl: run.finalUrl ?? run.url,
    startedAt: run.startedAt.toISOString(),
    fetchedAt: (run.fetchedAt ?? new Date()).toISOString(),
  };
}

export async function parseFetched(ctx: StageContext, data: Record<string, unknown>): Promise<StageOutcome> {
  const job = data as unknown as ParseJobData;
  const fetchRunId = Number(job.fetchRunId);
  const doc = await fetchedDocument(ctx, { ...job, fetchRunId });
  if (!doc) {
    ctx.log.warn('parse skipped: fetched body is gone', { fetchRun: fetchRunId });
    return { next: [], stats: {} };
  }
  const source = await ctx.batched.getSource(doc.sourceId);
  if (!source) return { next: [], stats: {} };
  // The body was kept on the run row only for this stage.
  const dropBody = job.inline ? {} : { body: null };
  try {
    const fetchedAt = new Date(doc.fetchedAt);
    const feed = await parseFetchedDocument(
      source,
      doc.body,
      doc.contentType ?? undefined,
      doc.finalUrl,
      fetchedAt,
    );
    const warnings = [...feed.warnings];
    const items = normaliseItems(feed.items, fetchedAt, warnings);
    await ctx.batched.updateFetchRun(fetchRunId, {
      status: 'parsed',
      warnings,
      itemsSeen: items.length,
      ...dropBody,
    });
    const store: StoreJobData = {
      fetchRunId,
      sourceId: source.id,
      startedAt: doc.startedAt,
      fetchedAt: doc.fetchedAt,
      items,
    };
    return {
      next: [
        { stage: 'store', id: `store_${fetchRunId}`, data: store as unknown as Record<string, unknown> },
      ],
      stats: { itemsSeen: items.length },
    };
  } catch (err) {
    const message = `could not parse ${doc.finalUrl}: ${(err as Error).message}`;
    ctx.log.warn('parse failed', { source: source.id, error: message });
    await Promise.all([
      ctx.batched.updateFetchRun(fetchRunId, {
        status: 'error',
        errorCode: 'PARSE',
        error: message,
        ...dropBody,
        finishedAt: new Date(),
      }),
      recordSourceFailure(ctx, source, message, false),
    ]);
    return { next: [], stats: { errors: 1 } };
  }
}
