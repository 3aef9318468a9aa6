import type { Command } from 'commander';
import { parsePositiveInt, print, printJson, table, withRuntime } from '../context';

export function register(program: Command): void {
  const publish = program
    .command('publish')
    .description('webhooks, Mastodon posts, hub pings and due e-mails');
  publish
    .command('run')
    .description('record approval events and deliver everything due; with --once a single pass')
    .option('--once', 'one pass, then exit')
    .option('--interval-ms <n>', 'pause between passes', (v) => parsePositiveInt(v, '--interval-ms'), 10_000)
    .action(async (opts: { once?: boolean; intervalMs: number }) => {
      const { createMailer, runPublishingPass, runPublishingWorker } = await import('@mipas/publish');
      await withRuntime(async (runtime) => {
        const mailer = runtime.config.smtpUrl ? createMailer(runtime.config) : undefined;
        try {
          if (opts.once)
            return printJson(
              await runPublishingPass(runtime.database.db, runtime.config, runtime.log, mailer),
            );
          const stop = new AbortController();
          for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
          await runPublishingWorker(
            runtime.database.db,
            runtime.config,
            runtime.log,
            mailer,
            stop.signal,
            opts.intervalMs,
          );
        } finally {
          mailer?.close();
        }
      });
    });
  publish
    .command('events')
    .description('recent outbound events (webhooks, Mastodon, Bluesky, hub pings) with their errors')
    .option('--status <status>', 'pending, sending, sent or failed')
    .action(async (opts: { status?: string }) => {
      const { listOutboundEvents } = await import('@mipas/db');
      await withRuntime(async (runtime) => {
        const rows = await listOutboundEvents(runtime.database.db, opts.status);
        print(
          rows.length
            ? table(
                rows.map((r) => ({ ...r, error: r.lastError })),
                ['id', 'channel', 'event', 'subject', 'status', 'attempts', 'error'],
              )
            : 'no events',
        );
      });
    });
  publish
    .command('retry')
    .description('put failed outbound events back in the queue')
    .argument('[id]', 'one event id (default: all failed)', (v) => parsePositiveInt(v, 'id'))
    .action(async (id?: number) => {
      const { retryFailedOutbound } = await import('@mipas/db');
      await withRuntime(async (runtime) =>
        print(`${await retryFailedOutbound(runtime.database.db, id)} events queued again`),
      );
    });
}
