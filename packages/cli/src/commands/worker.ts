import { STAGES, type StageName } from '@mipas/pipeline/types';
import type { Command } from 'commander';
import { UsageError, withRuntime } from '../context';
import { waitForShutdown } from '../shutdown';

export function register(program: Command): void {
  program
    .command('worker')
    .description('run pipeline stages from the Redis queues (needs REDIS_URL); start as many as you like')
    .argument('<stage>', `one of ${STAGES.join(', ')}, or all`)
    .action(async (stage: string) => {
      const stages: StageName[] = stage === 'all' ? [...STAGES] : [stage as StageName];
      if (!stages.every((s) => (STAGES as readonly string[]).includes(s))) {
        throw new UsageError(`unknown stage "${stage}": use one of ${STAGES.join(', ')}, or all`);
      }
      await withRuntime(async (runtime) => {
        if (runtime.transport.kind !== 'bullmq') {
          throw new UsageError(
            'workers take jobs from Redis: set REDIS_URL (without it, "mipas start" runs every stage in-process)',
          );
        }
        await runtime.transport.startWorkers(stages, runtime.handlers);
        runtime.log.info('worker started', { stages: stages.join(','), pid: process.pid });
        await waitForShutdown();
        runtime.log.info('worker stopping', { pid: process.pid });
      });
    });
}
