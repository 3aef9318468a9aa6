// The embedded transport: jobs run in this process, each stage with its own concurrency limit.
import type { Logger } from '@mipas/core';
import {
  addStats,
  emptyStats,
  type Job,
  type RunStats,
  RunTimeoutError,
  type StageHandler,
  type StageHandlers,
  type StageName,
  type Transport,
  type TransportHealth,
} from '../types';

/**
 * How queued jobs of one stage combine into one call: the jobs of a run waiting together go to
 * the handler as one (e.g. enrich jobs, whose item ids concatenate), so a stage whose work is
 * cheaper in bulk is called fewer times. Each job still counts towards its run.
 */
export interface JobMerge {
  /** The size of a job's work (e.g. its item count). */
  size(data: Record<string, unknown>): number;
  /** Most work one call takes. */
  maxSize: number;
  /**
   * Work worth waiting for: while other stages still have jobs running or queued (so more work
   * of this stage is coming), a call starts only once this much is queued or the oldest queued
   * job has waited `maxWaitMs`. Unset: a call starts as soon as a slot is free.
   */
  minSize?: number;
  maxWaitMs?: number;
  merge(datas: Array<Record<string, unknown>>): Record<string, unknown>;
}

/** Enrich jobs carry item ids: merged, one call enriches them all. */
export const MERGE_ITEM_IDS: JobMerge = {
  size: (data) => (data.itemIds as unknown[] | undefined)?.length ?? 0,
  maxSize: 2000,
  merge: (datas) => {
    const itemIds = datas.flatMap((d) => (d.itemIds as number[] | undefined) ?? []);
    // Rows handed over with the ids (in-process) travel along when every job has them.
    const items = datas.every((d) => Array.isArray(d.items))
      ? datas.flatMap((d) => d.items as unknown[])
      : undefined;
    return items ? { itemIds, items } : { itemIds };
  },
};

/**
 * `MERGE_ITEM_IDS` for the embedded database: an enrich call costs about a dozen statements
 * whatever its size, and on PGlite each statement costs milliseconds of this thread's CPU, so
 * while feeds are still being fetched and stored a call waits for 500 items (or half a second)
 * instead of taking each feed's five. PostgreSQL works in its own process, where small calls
 * overlap with this one's work, so it keeps `MERGE_ITEM_IDS`.
 */
export const GATHER_ITEM_IDS: JobMerge = { ...MERGE_ITEM_IDS, minSize: 500, maxWaitMs: 500 };

interface RunState {
  pending: number;
  stats: RunStats;
  waiters: Array<() => void>;
}

export class InProcessTransport implements Transport {
  readonly kind = 'in-process' as const;
  private handlers: Partial<StageHandlers> = {};
  private readonly queues = new Map<StageName, Job[]>();
  private readonly active = new Map<StageName, number>();
  private readonly runs = new Map<string, RunState>();
  private readonly seen = new Set<string>();
  /** When each queued job was queued (for a merging stage's `maxWaitMs`). */
  private readonly queuedAt = new Map<Job, number>();
  private readonly gatherTimers = new Map<StageName, NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly concurrency: Record<StageName, number>,
    private readonly log: Logger,
    private readonly merges: Partial<Record<StageName, JobMerge>> = {},
  ) {}

  async enqueue(jobs: Job[]): Promise<void> {
    for (const job of jobs) {
      if (this.seen.has(job.id)) continue;
      this.seen.add(job.id);
      if (job.runId) this.run(job.runId).pending++;
      const queue = this.queues.get(job.stage) ?? [];
      if (this.merges[job.stage]?.minSize) this.queuedAt.set(job, Date.now());
      queue.push(job);
      this.queues.set(job.stage, queue);
    }
    for (const stage of new Set(jobs.map((j) => j.stage))) this.pump(stage);
  }

  async startWorkers(stages: readonly StageName[], handlers: StageHandlers): Promise<void> {
    await handlers.prepare?.(stages);
    for (const stage of stages) this.handlers[stage] = handlers[stage];
    for (const stage of stages) this.pump(stage);
  }

  waitForRun(runId: string, timeoutMs = 30 * 60_000): Promise<RunStats> {
    const state = this.run(runId);
    return new Promise((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        this.runs.delete(runId);
        resolve(state.stats);
      };
      const timer = setTimeout(() => reject(new RunTimeoutError(runId, timeoutMs)), timeoutMs);
      if (state.pending === 0) finish();
      else state.waiters.push(finish);
    });
  }

  async health(): Promise<TransportHealth> {
    const waiting = Object.fromEntries([...this.queues].map(([stage, q]) => [stage, q.length]));
    return { ok: !this.closed, kind: this.kind, detail: 'stages run in this process', waiting };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queues.clear();
    this.queuedAt.clear();
    for (const timer of this.gatherTimers.values()) clearTimeout(timer);
    this.gatherTimers.clear();
  }

  private run(runId: string): RunState {
    let state = this.runs.get(runId);
    if (!state) {
      state = { pending: 0, stats: emptyStats(), waiters: [] };
      this.runs.set(runId, state);
    }
    return state;
  }

  private pump(stage: StageName): void {
    const handler = this.handlers[stage];
    const queue = this.queues.get(stage);
    if (!handler || !queue || this.closed) return;
    while (queue.length > 0 && (this.active.get(stage) ?? 0) < this.concurrency[stage]) {
      if (this.gathering(stage, queue)) return;
      const jobs = this.take(stage, queue);
      this.active.set(stage, (this.active.get(stage) ?? 0) + 1);
      void this.execute(jobs, handler).finally(() => {
        this.active.set(stage, (this.active.get(stage) ?? 1) - 1);
        this.pump(stage);
        // A stage waiting for more work starts once the others run dry.
        for (const other of this.gatheringStages()) if (other !== stage) this.pump(other);
      });
    }
  }

  private gatheringStages(): StageName[] {
    return (Object.keys(this.merges) as StageName[]).filter((s) => this.merges[s]?.minSize);
  }

  /**
   * Whether a merging stage holds its queued jobs back for more (see `JobMerge.minSize`); if so,
   * a timer pumps it again when the oldest job has waited long enough.
   */
  private gathering(stage: StageName, queue: Job[]): boolean {
    const merge = this.merges[stage];
    if (!merge?.minSize) return false;
    const busy = [...this.queues.keys(), ...this.active.keys()].some(
      (other) =>
        other !== stage && ((this.queues.get(other)?.length ?? 0) > 0 || (this.active.get(other) ?? 0) > 0),
    );
    if (!busy) return false;
    let size = 0;
    for (const job of queue) {
      size += merge.size(job.data);
      if (size >= merge.minSize) return false;
    }
    const waited = Date.now() - (this.queuedAt.get(queue[0]!) ?? 0);
    const left = (merge.maxWaitMs ?? 0) - waited;
    if (left <= 0) return false;
    if (!this.gatherTimers.has(stage)) {
      const timer = setTimeout(() => {
        this.gatherTimers.delete(stage);
        this.pump(stage);
      }, left);
      timer.unref();
      this.gatherTimers.set(stage, timer);
    }
    return true;
  }

  /** The next job, with the queued jobs of its run it merges with (when the stage merges). */
  private take(stage: StageName, queue: Job[]): Job[] {
    const first = queue.shift()!;
    this.queuedAt.delete(first);
    const merge = this.merges[stage];
    if (!merge) return [first];
    const jobs = [first];
    let size = merge.size(first.data);
    for (let i = 0; i < queue.length && size < merge.maxSize; ) {
      const job = queue[i]!;
      const more = merge.size(job.data);
      if (job.runId === first.runId && size + more <= merge.maxSize) {
        jobs.push(job);
        size += more;
        queue.splice(i, 1);
        this.queuedAt.delete(job);
      } else i++;
    }
    return jobs;
  }

  private async execute(jobs: Job[], handler: StageHandler) {
    const first = jobs[0]!;
    const merge = this.merges[first.stage];
    const data = jobs.length > 1 && merge ? merge.merge(jobs.map((j) => j.data)) : first.data;
    let stats: Partial<RunStats> = {};
    try {
      const outcome = await handler(data);
      stats = outcome.stats;
      await this.enqueue(outcome.next.map((next) => ({ ...next, runId: first.runId })));
    } catch (err) {
      // A stage records expected failures itself; reaching here means a bug or a lost database.
      this.log.error('job failed', { stage: first.stage, job: jobs.map((j) => j.id).join(','), error: err });
      stats = { errors: jobs.length };
    }
    for (const job of jobs) this.seen.delete(job.id);
    if (!first.runId) return;
    const state = this.run(first.runId);
    addStats(state.stats, stats);
    state.pending -= jobs.length;
    if (state.pending === 0) for (const wake of state.waiters.splice(0)) wake();
  }
}
