// Parse stage: reads the fetched bytes off the run row, parses and normalises them. A feed that
// cannot be parsed fails this source's run only.
import { getFetchRun, getSource, updateFetchRun } from '@mipas/db';
import { normaliseItems } from '@mipas/ingest';
import { parseFetchedDocument } from '../source-document';
import type { StageContext, StageOutcome } from '../types';
import { recordSourceFailure } from './source-health';

export async function parseFetched(ctx: StageContext, data: Record<string, unknown>): Promise<StageOutcome> {
  const fetchRunId = Number(data.fetchRunId);
  const run = await getFetchRun(ctx.db, fetchRunId);
  if (!run?.body) {
    ctx.log.warn('parse skipped: fetched body is gone', { fetchRun: fetchRunId });
    return { next: [], stats: {} };
  }
  const source = await getSource(ctx.db, run.sourceId);
  if (!source) return { next: [], stats: {} };
  try {
    const fetchedAt = run.fetchedAt ?? new Date();
    const feed = await parseFetchedDocument(
      source,
      run.body,
      run.contentType ?? undefined,
      run.finalUrl ?? run.url,
      fetchedAt,
    );
    const warnings = [...feed.warnings];
    const items = normaliseItems(feed.items, fetchedAt, warnings);
    await updateFetchRun(ctx.db, run.id, {
      status: 'parsed',
      warnings,
      itemsSeen: items.length,
      body: null,
    });
    return {
      next: [
        { stage: 'store', id: `store_${run.id}`, data: { fetchRunId: run.id, sourceId: source.id, items } },
      ],
      stats: { itemsSeen: items.length },
    };
  } catch (err) {
    const message = `could not parse ${run.finalUrl ?? run.url}: ${(err as Error).message}`;
    ctx.log.warn('parse failed', { source: source.id, error: message });
    await updateFetchRun(ctx.db, run.id, {
      status: 'error',
      errorCode: 'PARSE',
      error: message,
      body: null,
      finishedAt: new Date(),
    });
    await recordSourceFailure(ctx, source, message, false);
    return { next: [], stats: { errors: 1 } };
  }
}
