import { STAGES } from '@mipas/pipeline/types';
import type { Command } from 'commander';
import { printJson, UsageError, withRuntime } from '../context';

export function register(program: Command): void {
  program
    .command('fetch')
    .description('fetch sources now: one full cycle to completion, then a JSON summary')
    .requiredOption('--once', 'run one cycle and exit (the scheduler runs cycles in "mipas start")')
    .option('--source <id...>', 'only these sources (default: every enabled source)')
    .option('--no-local-workers', 'with REDIS_URL: leave the jobs to "mipas worker" processes')
    .option('--timeout <seconds>', 'give up waiting after this long', '1800')
    .action(async (opts: { source?: string[]; localWorkers: boolean; timeout: string }) => {
      const timeoutMs = Number(opts.timeout) * 1000;
      if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
        throw new UsageError('--timeout must be a positive number of seconds');
      const { runFetchCycle } = await import('@mipas/pipeline');
      const summary = await withRuntime(async (runtime) => {
        if (runtime.transport.kind === 'in-process' || opts.localWorkers) {
          await runtime.transport.startWorkers(STAGES, runtime.handlers);
        }
        return runFetchCycle(runtime, { sourceIds: opts.source, timeoutMs });
      });
      printJson({
        sources: summary.sources,
        fetched: summary.fetched,
        not_modified: summary.notModified,
        items_seen: summary.itemsSeen,
        new: summary.itemsNew,
        duplicates: summary.duplicates,
        enriched: summary.enriched,
        article_pages: summary.articles,
        article_failures: summary.articleFailures,
        errors: summary.errors,
        duration_ms: summary.durationMs,
      });
      if (summary.sources > 0 && summary.fetched === 0) process.exitCode = 2;
    });
}
