import { STAGES } from '@mipas/pipeline/types';
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('worker')
    .description('run pipeline stages from the Redis queues (needs REDIS_URL); start as many as you like')
    .argument('<stage>', `one of ${STAGES.join(', ')}, a comma-separated list, or all`)
    .action(async (stage: string) => {
      const { parseStages, runWorkers } = await import('@mipas/workers');
      await runWorkers(parseStages(stage));
    });
}
