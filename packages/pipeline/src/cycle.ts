// One fetch cycle: every chosen source fetched, parsed and stored, then a summary.
import { randomUUID } from 'node:crypto';
import { getSource, listSources } from '@mipas/db';
import type { Runtime } from './runtime';
import { emptyStats, type Job, type RunStats } from './types';

/** What one cycle did: every run counter (fetches, items, enrichment, article pages, errors). */
export interface CycleSummary extends RunStats {
  runId: string;
  durationMs: number;
}

export class UnknownSourceError extends Error {
  constructor(id: string) {
    super(`no source with id "${id}" (see "mipas sources list")`);
    this.name = 'UnknownSourceError';
  }
}

/**
 * A fetch job of the run `runId`, which its fetch run records. A tracked run (a cycle someone waits
 * for) also counts its stats until done; the scheduler's runs are not waited for.
 */
export function fetchJob(sourceId: string, runId: string, tracked = true): Job {
  return {
    stage: 'fetch',
    id: `fetch_${runId}_${sourceId}`,
    data: { sourceId, runId },
    runId: tracked ? runId : undefined,
  };
}

/** Runs one cycle to completion over the given sources, or every enabled one. */
export async function runFetchCycle(
  runtime: Runtime,
  options: { sourceIds?: string[]; timeoutMs?: number } = {},
): Promise<CycleSummary> {
  const started = Date.now();
  let ids: string[];
  if (options.sourceIds?.length) {
    for (const id of options.sourceIds)
      if (!(await getSource(runtime.database.db, id))) throw new UnknownSourceError(id);
    ids = options.sourceIds;
  } else {
    ids = (await listSources(runtime.database.db)).filter((s) => s.enabled).map((s) => s.id);
  }
  const runId = randomUUID();
  await runtime.transport.enqueue(ids.map((id) => fetchJob(id, runId)));
  const stats: RunStats = ids.length
    ? await runtime.transport.waitForRun(runId, options.timeoutMs)
    : emptyStats();
  return { runId, ...stats, sources: ids.length, durationMs: Date.now() - started };
}
