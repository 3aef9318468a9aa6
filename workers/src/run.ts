// Runs pipeline stages from the Redis queues until SIGINT or SIGTERM, then finishes the jobs in
// hand and closes. Any number of these processes can run, on any number of machines.
import { loadConfig } from '@mipas/core';
import { openRuntime } from '@mipas/pipeline';
import { STAGES, type StageName } from '@mipas/pipeline/types';

/** Reported by the CLI like a usage error: a one-line message, exit code 2. */
export class WorkerSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseStages(arg: string): StageName[] {
  const stages = arg === 'all' ? [...STAGES] : arg.split(',');
  const unknown = stages.filter((s) => !(STAGES as readonly string[]).includes(s));
  if (unknown.length)
    throw new WorkerSetupError(`unknown stage "${unknown.join(', ')}": use ${STAGES.join(', ')} or all`);
  return stages as StageName[];
}

export function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function runWorkers(stages: StageName[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(env);
  if (!config.redisUrl) {
    throw new WorkerSetupError(
      'workers take jobs from Redis: set REDIS_URL (without it, "mipas start" runs every stage in-process)',
    );
  }
  const runtime = await openRuntime(config);
  try {
    await runtime.transport.startWorkers(stages, runtime.handlers);
    runtime.log.info('worker started', { stages: stages.join(','), pid: process.pid });
    const signal = await waitForSignal();
    runtime.log.info('worker stopping', { signal, pid: process.pid });
  } finally {
    await runtime.close();
  }
}
