// The server transport: one BullMQ queue per stage on Redis, consumed by workers in any number
// of processes. A run's completion is tracked with a pending-job counter in Redis: it is raised
// before a job is added and lowered after the job's own follow-up jobs were added, so it only
// reaches zero when the whole cascade is done.
import type { Logger } from '@mipas/core';
import { type Job as BullJob, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import {
  addStats,
  emptyStats,
  type Job,
  type RunStats,
  RunTimeoutError,
  STAGES,
  STAT_KEYS,
  type StageHandlers,
  type StageName,
  type Transport,
  type TransportHealth,
} from '../types';

const RUN_TTL_SECONDS = 24 * 3600;
const ATTEMPTS = 3;
const HEALTH_TIMEOUT_MS = 2000;

interface JobPayload {
  data: Record<string, unknown>;
  runId?: string | undefined;
}

export interface BullmqOptions {
  redisUrl: string;
  /** Key prefix; tests use a unique one each so they never see each other's jobs. */
  prefix?: string;
  concurrency: Record<StageName, number>;
  log: Logger;
}

export class BullmqTransport implements Transport {
  readonly kind = 'bullmq' as const;
  private readonly redis: Redis;
  private readonly queues = new Map<StageName, Queue>();
  private readonly workers: Worker[] = [];
  /** Connections handed to workers: BullMQ does not close connections it was given. */
  private readonly workerConnections: Redis[] = [];
  private readonly prefix: string;

  constructor(private readonly options: BullmqOptions) {
    this.prefix = options.prefix ?? 'mipas';
    this.redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    this.redis.on('error', (err) => options.log.warn('redis connection error', { error: err }));
  }

  private queue(stage: StageName): Queue {
    let queue = this.queues.get(stage);
    if (!queue) {
      queue = new Queue(`stage-${stage}`, {
        connection: this.redis,
        prefix: this.prefix,
        defaultJobOptions: {
          attempts: ATTEMPTS,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 3600, count: 10_000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      });
      this.queues.set(stage, queue);
    }
    return queue;
  }

  private runKey(runId: string, what: 'pending' | 'stats' | 'jobs'): string {
    return `${this.prefix}:run:${runId}:${what}`;
  }

  async enqueue(jobs: Job[]): Promise<void> {
    const fresh = await this.keepNewToTheirRun(jobs);
    for (const stage of STAGES) {
      const batch = fresh.filter((j) => j.stage === stage);
      if (batch.length === 0) continue;
      await this.queue(stage).addBulk(
        batch.map((job) => ({
          name: stage,
          data: { data: job.data, runId: job.runId } satisfies JobPayload,
          opts: { jobId: job.id },
        })),
      );
    }
  }

  /**
   * Raises each run's pending count by the jobs it has not seen yet. A retried job that
   * enqueues the same follow-up jobs again must not count them twice, or the run never ends.
   */
  private async keepNewToTheirRun(jobs: Job[]): Promise<Job[]> {
    const tracked = jobs.filter((j) => j.runId);
    if (tracked.length === 0) return jobs;
    const multi = this.redis.multi();
    for (const job of tracked) multi.sadd(this.runKey(job.runId!, 'jobs'), job.id);
    const results = (await multi.exec()) ?? [];
    const isNew = new Set(tracked.filter((_, i) => results[i]?.[1] === 1));
    const byRun = new Map<string, number>();
    for (const job of isNew) byRun.set(job.runId!, (byRun.get(job.runId!) ?? 0) + 1);
    const bump = this.redis.multi();
    for (const [runId, n] of byRun) {
      bump.incrby(this.runKey(runId, 'pending'), n);
      for (const what of ['pending', 'jobs'] as const) bump.expire(this.runKey(runId, what), RUN_TTL_SECONDS);
    }
    await bump.exec();
    return jobs.filter((j) => !j.runId || isNew.has(j));
  }

  async startWorkers(stages: readonly StageName[], handlers: StageHandlers): Promise<void> {
    await handlers.prepare?.(stages);
    for (const stage of stages) {
      const worker = new Worker<JobPayload>(
        `stage-${stage}`,
        async (job) => this.process(stage, job, handlers),
        {
          connection: this.redis.duplicate(),
          prefix: this.prefix,
          concurrency: this.options.concurrency[stage],
        },
      );
      worker.on('failed', (job, err) => {
        if (!job) return;
        this.options.log.warn('job attempt failed', {
          stage,
          job: job.id,
          attempt: job.attemptsMade,
          error: err,
        });
        if (job.attemptsMade >= (job.opts.attempts ?? 1) && job.data.runId) {
          void this.finishJob(job.data.runId, { errors: 1 });
        }
      });
      worker.on('error', (err) => this.options.log.warn('worker error', { stage, error: err }));
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
  }

  private async process(stage: StageName, job: BullJob<JobPayload>, handlers: StageHandlers): Promise<void> {
    const outcome = await handlers[stage](job.data.data);
    await this.enqueue(outcome.next.map((next) => ({ ...next, runId: job.data.runId })));
    if (job.data.runId) await this.finishJob(job.data.runId, outcome.stats);
  }

  private async finishJob(runId: string, stats: Partial<RunStats>): Promise<void> {
    const multi = this.redis.multi();
    for (const key of STAT_KEYS) if (stats[key]) multi.hincrby(this.runKey(runId, 'stats'), key, stats[key]!);
    multi.expire(this.runKey(runId, 'stats'), RUN_TTL_SECONDS);
    multi.decr(this.runKey(runId, 'pending'));
    await multi.exec();
  }

  async waitForRun(runId: string, timeoutMs = 30 * 60_000): Promise<RunStats> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const pending = Number((await this.redis.get(this.runKey(runId, 'pending'))) ?? 0);
      if (pending <= 0) break;
      if (Date.now() > deadline) throw new RunTimeoutError(runId, timeoutMs);
      await new Promise((r) => setTimeout(r, 100));
    }
    const raw = await this.redis.hgetall(this.runKey(runId, 'stats'));
    await this.redis.del(
      this.runKey(runId, 'pending'),
      this.runKey(runId, 'stats'),
      this.runKey(runId, 'jobs'),
    );
    const stats = emptyStats();
    addStats(stats, Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Number(v)])));
    return stats;
  }

  async health(): Promise<TransportHealth> {
    // Commands wait for a lost Redis forever (workers must survive a restart of it); a health
    // check must answer, so it gives up after a short while.
    const check = async (): Promise<TransportHealth> => {
      await this.redis.ping();
      const waiting: Record<string, number> = {};
      for (const stage of STAGES) waiting[stage] = await this.queue(stage).getWaitingCount();
      return { ok: true, kind: this.kind, detail: 'BullMQ queues on Redis', waiting };
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)),
        HEALTH_TIMEOUT_MS,
      );
    });
    try {
      return await Promise.race([check(), timeout]);
    } catch (err) {
      return { ok: false, kind: this.kind, detail: `Redis does not answer: ${(err as Error).message}` };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    for (const connection of this.workerConnections) connection.disconnect();
    this.redis.disconnect();
  }
}
