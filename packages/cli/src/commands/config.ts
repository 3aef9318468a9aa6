import { describeConfig } from '@mipas/core';
import type { Command } from 'commander';
import { config, print, table } from '../context';

export function register(program: Command): void {
  program
    .command('config')
    .description('show every setting, its environment variable and current value (secrets masked)')
    .action(() => {
      print(table(describeConfig(config()), ['env', 'value', 'doc']));
    });
}
