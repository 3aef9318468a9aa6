import type { Command } from 'commander';
import { parsePositiveInt, print, printJson, UsageError, withRuntime } from '../context';

function readDate(value: string | undefined): Date {
  if (!value) return new Date();
  const date = new Date(`${value}T12:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    !date.toISOString().startsWith(value)
  )
    throw new UsageError(`--date must be YYYY-MM-DD, got "${value}"`);
  return date;
}

export function register(program: Command): void {
  const editions = program.command('editions').description('compose, list and send digest editions');
  editions
    .command('compose')
    .description(
      'compose the daily or weekly edition (default: the last complete period) and plan its e-mails',
    )
    .requiredOption('--kind <kind>', 'daily or weekly')
    .option('--date <YYYY-MM-DD>', 'a day inside the period (default: the last complete period)')
    .option(
      '--intro <lang=text...>',
      'curator introduction, e.g. --intro "en=This week..." "lt=Šią savaitę..."',
    )
    .action(async (opts: { kind: string; date?: string; intro?: string[] }) => {
      const { composeEdition, lastCompletePeriod, periodOfDate } = await import('@mipas/publish');
      const kind = opts.kind;
      if (kind !== 'daily' && kind !== 'weekly') throw new UsageError('--kind must be daily or weekly');
      if (opts.date) readDate(opts.date);
      const intro = Object.fromEntries(
        (opts.intro ?? []).map((pair) => [
          pair.slice(0, pair.indexOf('=')),
          pair.slice(pair.indexOf('=') + 1),
        ]),
      );
      await withRuntime(async (runtime) => {
        // Periods are local days and weeks of MIPAS_TIMEZONE; --date is a local date.
        const zone = runtime.config.timezone;
        const period = opts.date
          ? periodOfDate(kind, opts.date, zone)
          : lastCompletePeriod(kind, new Date(), zone);
        const outcome = await composeEdition(runtime.database.db, runtime.config, period, intro);
        printJson({
          id: outcome.edition.id,
          slug: outcome.edition.slug,
          created: outcome.created,
          items: outcome.edition.itemIds.length,
          deliveries_planned: outcome.deliveriesPlanned,
        });
      });
    });
  editions
    .command('list')
    .description('list editions, newest first')
    .action(async () => {
      const { listEditions } = await import('@mipas/db');
      await withRuntime(async (runtime) => {
        const rows = await listEditions(runtime.database.db, 50);
        printJson(
          rows.map((e) => ({ id: e.id, slug: e.slug, items: e.itemIds.length, published_at: e.publishedAt })),
        );
      });
    });
  editions
    .command('send')
    .description('send an edition to its subscribers (SMTP_URL); safe to re-run: nobody gets it twice')
    .argument('<id>', 'edition id', (v) => parsePositiveInt(v, 'id'))
    .option('--pause-ms <n>', 'pause between messages', (v) => parsePositiveInt(v, '--pause-ms'))
    .action(async (id: number, opts: { pauseMs?: number }) => {
      const { createMailer, sendEdition } = await import('@mipas/publish');
      const { countDeliveries } = await import('@mipas/db');
      await withRuntime(async (runtime) => {
        const mailer = createMailer(runtime.config);
        try {
          const counts = await sendEdition(runtime.database.db, runtime.config, mailer, runtime.log, id, {
            pauseMs: opts.pauseMs,
          });
          printJson({ ...counts, deliveries: await countDeliveries(runtime.database.db, id) });
        } finally {
          mailer.close();
        }
      });
    });
  editions
    .command('deliveries')
    .description(
      'count an edition\'s deliveries by state ("sending" rows were interrupted and are not resent)',
    )
    .argument('<id>', 'edition id', (v) => parsePositiveInt(v, 'id'))
    .action(async (id: number) => {
      const { countDeliveries } = await import('@mipas/db');
      await withRuntime(async (runtime) =>
        print(JSON.stringify(await countDeliveries(runtime.database.db, id))),
      );
    });
}
