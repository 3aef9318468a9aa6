// Fetch stage: one source, one HTTP exchange, one `fetch_runs` row. When jobs go through Redis,
// the body is kept on the run row for the parse stage, so the job that follows carries only the
// run's id; in-process, the body travels in the job itself and never touches the database.

import { findSourceByUrl, type SourceRow } from '@mipas/db';
import { FetchError, fetchResource } from '@mipas/ingest';
import { MissingSourceConfigError } from '@mipas/sources';
import { isScraped, urlToFetch } from '../source-document';
import type { StageContext, StageOutcome } from '../types';
import { recordSourceFailure, recordSourceSuccess } from './source-health';

export interface FetchJobData {
  sourceId: string;
  /** The cycle or scheduler tick the fetch belongs to, recorded on its run row. */
  runId?: string;
}

/** What the parse stage needs of a fetch, when the job stays in this process. */
export interface InlineFetch {
  sourceId: string;
  body: Uint8Array;
  contentType: string | null;
  url: string;
  finalUrl: string;
  startedAt: string;
  fetchedAt: string;
}

export interface ParseJobData {
  fetchRunId: number;
  inline?: InlineFetch;
}

/**
 * The URL a source moves to after a chain of permanent redirects, or undefined when it stays:
 * when another source already follows the target, the source keeps its URL (two sources cannot
 * share one, and the move would fail every fetch) and a warning names the other source.
 */
async function movedUrl(
  ctx: StageContext,
  source: SourceRow,
  target: string | undefined,
): Promise<string | undefined> {
  if (!target || target === source.url) return undefined;
  const holder = await findSourceByUrl(ctx.db, target);
  if (holder && holder.id !== source.id) {
    ctx.log.warn('source moved permanently to a URL another source follows; its URL is kept', {
      source: source.id,
      url: target,
      existing: holder.id,
    });
    return undefined;
  }
  ctx.log.info('source moved permanently', { source: source.id, url: target });
  return target;
}

export async function fetchSource(ctx: StageContext, data: Record<string, unknown>): Promise<StageOutcome> {
  const { sourceId, runId } = data as unknown as FetchJobData;
  const source = await ctx.batched.getSource(sourceId);
  if (!source) {
    ctx.log.warn('fetch skipped: source no longer exists', { source: sourceId });
    return { next: [], stats: {} };
  }
  if (!source.enabled) return { next: [], stats: {} };
  const started = Date.now();
  const run = { id: await ctx.batched.startFetchRun({ sourceId, url: source.url, runId }) };
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
    const movedTo = await movedUrl(ctx, source, result.permanentRedirect);
    const validators = {
      etag: result.etag ?? source.etag,
      lastModified: result.lastModified ?? source.lastModified,
      lastFetchedAt: now,
      // A permanent redirect (301/308 only) moves the source for good.
      ...(movedTo ? { url: movedTo } : {}),
    };
    if (result.notModified) {
      await Promise.all([
        ctx.batched.updateFetchRun(run.id, {
          status: 'not_modified',
          httpStatus: 304,
          bytes: 0,
          itemsSeen: 0,
          itemsNew: 0,
          itemsDuplicate: 0,
          fetchedAt: now,
          finishedAt: now,
          durationMs: Date.now() - started,
        }),
        recordSourceSuccess(ctx, source, validators),
      ]);
      return { next: [], stats: { fetched: 1, notModified: 1 } };
    }
    const contentType = result.headers['content-type'] ?? null;
    await Promise.all([
      ctx.batched.updateSource(sourceId, validators),
      ctx.batched.updateFetchRun(run.id, {
        status: 'fetched',
        httpStatus: result.status,
        bytes: result.bytesOnWire,
        contentType,
        finalUrl: result.url,
        ...(ctx.inlineBodies ? {} : { body: result.body }),
        fetchedAt: now,
      }),
    ]);
    const parse: ParseJobData = { fetchRunId: run.id };
    if (ctx.inlineBodies)
      parse.inline = {
        sourceId,
        body: result.body,
        contentType,
        url: source.url,
        finalUrl: result.url,
        startedAt: new Date(started).toISOString(),
        fetchedAt: now.toISOString(),
      };
    return {
      next: [{ stage: 'parse', id: `parse_${run.id}`, data: parse as unknown as Record<string, unknown> }],
      stats: { fetched: 1 },
    };
  } catch (err) {
    if (err instanceof MissingSourceConfigError) {
      // Not the network's fault: the source cannot be fetched until someone sets the variable.
      ctx.log.warn('fetch skipped: configuration missing', { source: sourceId, error: err.message });
      await Promise.all([
        ctx.batched.updateFetchRun(run.id, {
          status: 'error',
          errorCode: 'CONFIG',
          error: err.message,
          finishedAt: new Date(),
        }),
        recordSourceFailure(ctx, source, err.message, false),
      ]);
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
    await Promise.all([
      ctx.batched.updateFetchRun(run.id, {
        status: 'error',
        httpStatus: error.status ?? null,
        bytes: error.trace?.bytesOnWire ?? null,
        finalUrl: error.trace?.url ?? null,
        errorCode: error.code,
        error: error.message,
        finishedAt: new Date(),
        durationMs: Date.now() - started,
      }),
      recordSourceFailure(ctx, source, error.message, error.decision === 'disable', error.retryAfterMs),
    ]);
    return { next: [], stats: { errors: 1 } };
  }
}
