import type { Command } from 'commander';
import { print, printJson, table, withRuntime } from '../context';

export function register(program: Command): void {
  const subscribers = program
    .command('subscribers')
    .description('e-mail subscribers (counts only; addresses are never shown)');
  subscribers
    .command('stats')
    .description('count subscribers by state and frequency')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const { countSubscribers } = await import('@mipas/db');
      await withRuntime(async (runtime) => {
        const rows = await countSubscribers(runtime.database.db);
        if (opts.json) return printJson(rows);
        print(rows.length ? table(rows, ['status', 'frequency', 'n']) : 'no subscribers');
      });
    });
}
