import type { Command } from 'commander';
import { print, withRuntime } from '../context';

export function register(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (also done by every command on start)')
    .action(async () => {
      await withRuntime(async (runtime) => {
        print(`database is up to date (${runtime.database.kind}: ${runtime.database.location})`);
      });
    });
}
