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

/** A fetch job of a run; `tracked` runs are counted until done (the scheduler's are not waited for). */
/**
 * A fetch job of the run `runId`. A tracked run (a cycle someone waits for) counts its stats; an
 * untracked one (the scheduler's) still names its run in the job data, so `fetch_runs.run_id`
 * groups the fetches of one scheduler tick.
 */
export function fetchJob(sourceId: string, runId: string, tracked = true): Job {
  return {
    stage: 'fetch',
    id: `fetch_${runId}_${sourceId}`,
    data: tracked ? { sourceId } : { sourceId, cycleId: runId },
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
