import type { Command } from 'commander';
import { printJson, UsageError, withRuntime } from '../context';

function parseDate(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`--since must be a date like 2026-01-31, got "${value}"`);
  return date;
}

export function register(program: Command): void {
  program
    .command('reprocess')
    .description(
      're-enrich stored items (language, tags, stories, relevance) after a taxonomy or model change',
    )
    .option('--since <date>', 'only items published on or after this date', parseDate)
    .option(
      '--after-id <id>',
      'resume after this item id (printed in the progress lines)',
      (v) => Number.parseInt(v, 10),
      0,
    )
    .option('--retrain', "first retrain the relevance model on curators' decisions")
    .option('--batch <n>', 'items per batch', (v) => Number.parseInt(v, 10), 200)
    .action(async (opts: { since?: Date; afterId: number; retrain?: boolean; batch: number }) => {
      if (!Number.isInteger(opts.afterId) || opts.afterId < 0)
        throw new UsageError('--after-id must be a whole number');
      if (!Number.isInteger(opts.batch) || opts.batch < 1 || opts.batch > 5000)
        throw new UsageError('--batch must be from 1 to 5000');
      const { reprocessItems } = await import('@mipas/pipeline');
      const started = Date.now();
      const summary = await withRuntime((runtime) =>
        reprocessItems(runtime, {
          since: opts.since,
          afterId: opts.afterId,
          retrain: opts.retrain,
          batchSize: opts.batch,
          onProgress: (done, total, lastId) => {
            const rate = Math.round(done / ((Date.now() - started) / 1000 || 1));
            process.stderr.write(
              `reprocess: ${done}/${total} items, ${rate}/s, last id ${lastId} (resume with --after-id ${lastId})\n`,
            );
          },
        }),
      );
      printJson({ ...summary, duration_ms: Date.now() - started });
    });
}
