import type { Config, Logger } from '@mipas/core';
import type { Db } from '@mipas/db';
import type { BatchedDb } from './batched-db';

/**
 * The pipeline's stages, in order. `article` fetches the article pages of new items for sources
 * that declare article selectors; other sources' items go from `store` straight to `enrich`.
 */
export const STAGES = ['fetch', 'parse', 'store', 'article', 'enrich'] as const;
export type StageName = (typeof STAGES)[number];

/** A unit of work. Jobs carry ids, not documents, wherever a document is already stored. */
export interface Job {
  stage: StageName;
  data: Record<string, unknown>;
  /** Stable id: enqueuing the same job twice runs it once. */
  id: string;
  /** The run (cycle) this job belongs to; its stats and completion are tracked when set. */
  runId?: string | undefined;
}

export const STAT_KEYS = [
  'sources',
  'fetched',
  'notModified',
  'itemsSeen',
  'itemsNew',
  'duplicates',
  'enriched',
  'errors',
  /** Article pages whose text was stored on their item. */
  'articles',
  /** Article pages not fetched or not extracted (each recorded as a warning on the fetch run). */
  'articleFailures',
] as const;
export type StatKey = (typeof STAT_KEYS)[number];
export type RunStats = Record<StatKey, number>;

export interface StageOutcome {
  next: Job[];
  stats: Partial<RunStats>;
}

export interface StageContext {
  db: Db;
  config: Config;
  log: Logger;
  /** The stages' reads and writes, coalesced across the jobs in flight. */
  batched: BatchedDb;
  /**
   * Jobs stay in this process (the in-process transport), so a fetched body travels to the
   * parse stage inside the job instead of through the fetch run's row.
   */
  inlineBodies: boolean;
}

export type StageHandler = (data: Record<string, unknown>) => Promise<StageOutcome>;
export type StageHandlers = Record<StageName, StageHandler> & {
  /**
   * Loads what the given stages need before their first job (the enrichment's language model and
   * tag matchers), so a process pays for it when its workers start rather than inside its first run.
   */
  prepare?: (stages: readonly StageName[]) => Promise<void>;
};

export function emptyStats(): RunStats {
  return {
    sources: 0,
    fetched: 0,
    notModified: 0,
    itemsSeen: 0,
    itemsNew: 0,
    duplicates: 0,
    enriched: 0,
    errors: 0,
    articles: 0,
    articleFailures: 0,
  };
}

export function addStats(into: RunStats, more: Partial<RunStats>): RunStats {
  for (const key of STAT_KEYS) into[key] += more[key] ?? 0;
  return into;
}

export interface TransportHealth {
  ok: boolean;
  kind: 'in-process' | 'bullmq';
  detail: string;
  waiting?: Record<string, number>;
}

/** Carries jobs to stage handlers: in this process, or through BullMQ queues on Redis. */
export interface Transport {
  readonly kind: 'in-process' | 'bullmq';
  enqueue(jobs: Job[]): Promise<void>;
  /** Starts consuming jobs of the given stages in this process. */
  startWorkers(stages: readonly StageName[], handlers: StageHandlers): Promise<void>;
  /** Resolves with the run's stats once every job of the run, and every job they led to, is done. */
  waitForRun(runId: string, timeoutMs?: number): Promise<RunStats>;
  health(): Promise<TransportHealth>;
  close(): Promise<void>;
}

export class RunTimeoutError extends Error {
  constructor(runId: string, timeoutMs: number) {
    super(`run ${runId} did not finish within ${Math.round(timeoutMs / 1000)} s (are workers running?)`);
    this.name = 'RunTimeoutError';
  }
}
