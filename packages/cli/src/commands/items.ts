import { ITEM_STATUSES } from '@mipas/core';
import { type Command, Option } from 'commander';
import { parsePositiveInt, print, printJson, table, withRuntime } from '../context';

export function register(program: Command): void {
  const items = program.command('items').description('read and triage stored items');
  items
    .command('list')
    .description('list stored items, newest first')
    .addOption(new Option('--status <status>', 'only items in this state').choices([...ITEM_STATUSES]))
    .option('--source <id>', 'only items of this source')
    .option('--limit <n>', 'how many items (1-500)', (v) => parsePositiveInt(v, '--limit', 500), 20)
    .option('--json', 'print JSON instead of a table')
    .action(async (opts: { status?: string; source?: string; limit: number; json?: boolean }) => {
      const { listItems } = await import('@mipas/db');
      const { presentItem } = await import('@mipas/server');
      await withRuntime(async (runtime) => {
        const page = await listItems(runtime.database.db, {
          status: opts.status,
          sourceId: opts.source,
          limit: opts.limit,
        });
        const rows = page.items.map(presentItem);
        if (opts.json) return printJson(rows);
        if (rows.length === 0) return print('no items');
        print(
          table(
            rows.map((r) => ({ ...r, published: r.published_at.slice(0, 16).replace('T', ' ') })),
            ['id', 'published', 'source', 'status', 'title'],
          ),
        );
      });
    });
}
