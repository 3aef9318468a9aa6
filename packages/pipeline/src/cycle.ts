// One fetch cycle: every chosen source fetched, parsed and stored, then a summary.
import { randomUUID } from 'node:crypto';
import { getSource, listSources } from '@mipas/db';
import type { Runtime } from './runtime';
import type { Job, RunStats } from './types';

export interface CycleSummary {
  runId: string;
  sources: number;
  fetched: number;
  notModified: number;
  itemsSeen: number;
  itemsNew: number;
  duplicates: number;
  enriched: number;
  errors: number;
  durationMs: number;
}

export class UnknownSourceError extends Error {
  constructor(id: string) {
    super(`no source with id "${id}" (see "mipas sources list")`);
    this.name = 'UnknownSourceError';
  }
}

export function fetchJob(sourceId: string, runId: string): Job {
  return { stage: 'fetch', id: `fetch_${runId}_${sourceId}`, data: { sourceId }, runId };
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
    : emptySummaryStats();
  return { runId, ...stats, sources: ids.length, durationMs: Date.now() - started };
}

function emptySummaryStats(): RunStats {
  return {
    sources: 0,
    fetched: 0,
    notModified: 0,
    itemsSeen: 0,
    itemsNew: 0,
    duplicates: 0,
    enriched: 0,
    errors: 0,
  };
}
