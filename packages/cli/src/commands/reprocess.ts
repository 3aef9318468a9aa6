import type { Command } from 'commander';
import { printJson, UsageError, withRuntime } from '../context';

// ISO 8601 forms: 2026, 2026-07, 2026-07-01, 2026-07-01T12:00[:00[.000]][Z|+02:00].
const ISO_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;

/**
 * `--since`: an ISO 8601 date or date and time (a date alone is midnight UTC, a time without a
 * zone is local time). Anything else, or a day that does not exist (2026-02-30), is refused:
 * `new Date()` alone would read "1" as 2001 and "2026-02-30" as 2 March.
 */
export function parseSince(value: string): Date {
  const refuse = () =>
    new UsageError(`--since must be a date like 2026-01-31 or 2026-01-31T12:00:00Z, got "${value}"`);
  const m = ISO_DATE.exec(value.trim());
  if (!m) throw refuse();
  const [year, month = 1, day = 1, hour = 0, minute = 0, second = 0] = m
    .slice(1, 7)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (year! < 1900 || month! < 1 || month! > 12) throw refuse();
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (day! < 1 || day! > daysInMonth) throw refuse();
  if (hour! > 23 || minute! > 59 || second! > 59) throw refuse();
  const date = new Date(value.trim());
  if (Number.isNaN(date.getTime())) throw refuse();
  return date;
}

/** A whole number written in digits; anything else ("12abc", "1e3", "1.5") is NaN and refused. */
function wholeNumber(value: string): number {
  return /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
}

interface ReprocessFlags {
  since?: string;
  afterId?: number;
  restart?: boolean;
  retrain?: boolean;
  batch: number;
}

export function register(program: Command): void {
  program
    .command('reprocess')
    .description(
      're-enrich stored items (language, tags, stories, relevance) after a taxonomy or model change',
    )
    .option(
      '--since <date>',
      'only items published on or after this date (2026-01-31, or ISO 8601 date and time)',
    )
    .option(
      '--after-id <id>',
      'start after this item id, whatever the checkpoint says (printed in the progress lines)',
      wholeNumber,
    )
    .option('--restart', 'start from the first item instead of resuming an unfinished run')
    .option('--retrain', "first retrain the relevance model on curators' decisions")
    .option('--batch <n>', 'items per batch', wholeNumber, 200)
    .addHelpText(
      'after',
      '\nA checkpoint is kept in the database after each batch: a run that did not finish (Ctrl-C,\n' +
        'a crash, a kill) is resumed by the next `mipas reprocess` with the same --since, which says\n' +
        'so on stderr; --restart starts over, --after-id starts after that id. A finished run is not\n' +
        'resumed. Progress goes to stderr, the summary (JSON, with resumed_from) to stdout. Ctrl-C\n' +
        '(SIGINT) or SIGTERM stops after the batch in progress and prints the command that resumes;\n' +
        'a second Ctrl-C quits at once.',
    )
    .action(async (opts: ReprocessFlags) => {
      const since = opts.since === undefined ? undefined : parseSince(opts.since);
      if (opts.afterId !== undefined && (!Number.isInteger(opts.afterId) || opts.afterId < 0))
        throw new UsageError('--after-id must be a whole number');
      if (opts.restart && opts.afterId !== undefined)
        throw new UsageError(
          '--restart starts from the first item and --after-id after an id: give one of them',
        );
      if (!Number.isInteger(opts.batch) || opts.batch < 1 || opts.batch > 5000)
        throw new UsageError('--batch must be from 1 to 5000');
      const { reprocessItems } = await import('@mipas/pipeline');
      const resume = (id: number) =>
        `mipas reprocess --after-id ${id}${opts.since === undefined ? '' : ` --since ${opts.since.trim()}`}`;
      const stop = new AbortController();
      const onSignal = (signal: NodeJS.Signals) => {
        // Without a listener the default action is back: a second signal ends the process at
        // once, even in the middle of a batch (when the event loop does not run).
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        stop.abort();
        process.stderr.write(
          `reprocess: ${signal}, stopping after the batch in progress (again to quit now)\n`,
        );
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      const started = Date.now();
      let loopStarted = started;
      try {
        const summary = await withRuntime((runtime) =>
          reprocessItems(runtime, {
            since,
            afterId: opts.afterId,
            restart: opts.restart,
            retrain: opts.retrain,
            batchSize: opts.batch,
            signal: stop.signal,
            onResume: (run) => {
              const at = run.startedAt.toISOString().replace(/\.\d+Z$/, 'Z');
              process.stderr.write(
                `reprocess: resuming the run started ${at} after item ${run.lastId} ` +
                  `(${run.done} of ${run.total} done); --restart to start over\n`,
              );
            },
            onStart: (total) => {
              loopStarted = Date.now();
              process.stderr.write(`reprocess: ${total} items to re-enrich\n`);
            },
            onProgress: (done, total, lastId) => {
              // The rate counts from the first batch, not from opening the database.
              const rate = Math.round(done / Math.max((Date.now() - loopStarted) / 1000, 0.001));
              process.stderr.write(
                `reprocess: ${done}/${total} items, ${rate}/s, last id ${lastId} (resume with ${resume(lastId)})\n`,
              );
            },
          }),
        );
        if (summary.interrupted) {
          process.stderr.write(`reprocess: interrupted; resume with ${resume(summary.lastId)}\n`);
          process.exitCode = 130;
        }
        const { resumedFrom, ...fields } = summary;
        printJson({ ...fields, resumed_from: resumedFrom, duration_ms: Date.now() - started });
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
