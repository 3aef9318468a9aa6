// The scheduler enqueues due sources. Claiming pushes a source's next fetch time ahead by a
// lease, so a second scheduler or a slow cycle never enqueues the same source twice.
import { claimDueSources } from '@mipas/db';
import { fetchJob } from './cycle';
import type { Runtime } from './runtime';

const LEASE_MS = 15 * 60_000;

export interface Scheduler {
  /** Looks for due sources once; returns how many were enqueued. */
  tick(): Promise<number>;
  stop(): void;
}

export function startScheduler(runtime: Runtime, tickMs = runtime.config.schedulerTickMs): Scheduler {
  let running = false;
  const tick = async () => {
    if (running) return 0;
    running = true;
    try {
      const due = await claimDueSources(runtime.database.db, new Date(), LEASE_MS);
      if (due.length) {
        const runId = `sched-${Date.now()}`;
        await runtime.transport.enqueue(due.map((s) => fetchJob(s.id, runId, false)));
        runtime.log.info('scheduled fetches', { sources: due.length });
      }
      return due.length;
    } catch (err) {
      runtime.log.error('scheduler tick failed', { error: err });
      return 0;
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), tickMs);
  timer.unref();
  void tick();
  return { tick, stop: () => clearInterval(timer) };
}
