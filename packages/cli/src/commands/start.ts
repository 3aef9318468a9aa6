import { STAGES } from '@mipas/pipeline/types';
import type { Command } from 'commander';
import { withRuntime } from '../context';

export function register(program: Command): void {
  program
    .command('start')
    .description(
      'run everything: migrations, scheduler, pipeline and the HTTP server (port PORT, default 3000)',
    )
    .option('--no-workers', 'with REDIS_URL: leave the pipeline stages to "mipas worker" processes')
    .option('--no-scheduler', 'do not fetch sources on their schedule')
    .option('--no-seed', 'do not add the built-in source catalogue to the database')
    .action(async (opts: { workers: boolean; scheduler: boolean; seed: boolean }) => {
      const { seedCatalogue, startScheduler } = await import('@mipas/pipeline');
      const { buildServer } = await import('@mipas/server');
      const { waitForSignal } = await import('@mipas/workers');
      await withRuntime(async (runtime) => {
        const { config, log } = runtime;
        if (opts.seed) {
          const added = await seedCatalogue(runtime.database.db);
          if (added) log.info('added catalogue sources', { count: added });
        }
        const app = await buildServer(runtime, { logger: false });
        const address = await app.listen({ port: config.port, host: config.host });
        log.info('mipas is running', {
          url: address,
          database: `${runtime.database.kind} ${runtime.database.location}`,
          queue: runtime.transport.kind,
        });
        // The site answers while the workers load their models (a few seconds); jobs queued
        // meanwhile wait for them.
        if (runtime.transport.kind === 'in-process' || opts.workers) {
          const started = Date.now();
          await runtime.transport.startWorkers(STAGES, runtime.handlers);
          log.info('pipeline workers ready', { ms: Date.now() - started });
        }
        const scheduler = opts.scheduler ? startScheduler(runtime) : undefined;
        const signal = await waitForSignal();
        log.info('shutting down', { signal });
        scheduler?.stop();
        await app.close();
      });
    });
}
