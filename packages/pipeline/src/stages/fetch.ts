// Fetch stage: one source, one HTTP exchange, one `fetch_runs` row. The body is kept on the run
// row for the parse stage, so the job that follows carries only the run's id.

import { getSource, startFetchRun, updateFetchRun, updateSource } from '@mipas/db';
import { FetchError, fetchResource } from '@mipas/ingest';
import { MissingSourceConfigError } from '@mipas/sources';
import { isScraped, urlToFetch } from '../source-document';
import type { StageContext, StageOutcome } from '../types';
import { recordSourceFailure } from './source-health';

export interface FetchJobData {
  sourceId: string;
}

export async function fetchSource(ctx: StageContext, data: Record<string, unknown>): Promise<StageOutcome> {
  const { sourceId } = data as unknown as FetchJobData;
  const source = await getSource(ctx.db, sourceId);
  if (!source) {
    ctx.log.warn('fetch skipped: source no longer exists', { source: sourceId });
    return { next: [], stats: {} };
  }
  if (!source.enabled) return { next: [], stats: {} };
  const started = Date.now();
  const run = await startFetchRun(ctx.db, { sourceId, url: source.url });
  try {
    const result = await fetchResource(urlToFetch(source), {
      respectRobots: isScraped(source),
      allowPrivateNetwork: ctx.config.allowPrivateNetwork,
      timeoutMs: ctx.config.fetchTimeoutMs,
      maxBytes: ctx.config.fetchMaxBytes,
      etag: source.etag,
      lastModified: source.lastModified,
    });
    const now = new Date();
    await updateSource(ctx.db, sourceId, {
      etag: result.etag ?? source.etag,
      lastModified: result.lastModified ?? source.lastModified,
      lastFetchedAt: now,
      // A permanent redirect (301/308 only) moves the source for good.
      ...(result.permanentRedirect ? { url: result.permanentRedirect } : {}),
    });
    if (result.permanentRedirect)
      ctx.log.info('source moved permanently', { source: sourceId, url: result.permanentRedirect });
    if (result.notModified) {
      await updateFetchRun(ctx.db, run.id, {
        status: 'not_modified',
        httpStatus: 304,
        bytes: 0,
        itemsSeen: 0,
        itemsNew: 0,
        itemsDuplicate: 0,
        fetchedAt: now,
        finishedAt: now,
        durationMs: Date.now() - started,
      });
      await updateSource(ctx.db, sourceId, { lastSuccessAt: now, consecutiveFailures: 0, lastError: null });
      return { next: [], stats: { fetched: 1, notModified: 1 } };
    }
    await updateFetchRun(ctx.db, run.id, {
      status: 'fetched',
      httpStatus: result.status,
      bytes: result.bytesOnWire,
      contentType: result.headers['content-type'] ?? null,
      finalUrl: result.url,
      body: result.body,
      fetchedAt: now,
    });
    return {
      next: [{ stage: 'parse', id: `parse_${run.id}`, data: { fetchRunId: run.id } }],
      stats: { fetched: 1 },
    };
  } catch (err) {
    if (err instanceof MissingSourceConfigError) {
      // Not the network's fault: the source cannot be fetched until someone sets the variable.
      ctx.log.warn('fetch skipped: configuration missing', { source: sourceId, error: err.message });
      await updateFetchRun(ctx.db, run.id, {
        status: 'error',
        errorCode: 'CONFIG',
        error: err.message,
        finishedAt: new Date(),
      });
      await recordSourceFailure(ctx, source, err.message, false);
      return { next: [], stats: { errors: 1 } };
    }
    const error =
      err instanceof FetchError ? err : new FetchError(String((err as Error).message ?? err), 'NETWORK');
    ctx.log.warn('fetch failed', {
      source: sourceId,
      url: source.url,
      code: error.code,
      decision: error.decision,
      error: error.message,
    });
    await updateFetchRun(ctx.db, run.id, {
      status: 'error',
      httpStatus: error.status ?? null,
      bytes: error.trace?.bytesOnWire ?? null,
      finalUrl: error.trace?.url ?? null,
      errorCode: error.code,
      error: error.message,
      finishedAt: new Date(),
      durationMs: Date.now() - started,
    });
    await recordSourceFailure(ctx, source, error.message, error.decision === 'disable', error.retryAfterMs);
    return { next: [], stats: { errors: 1 } };
  }
}
