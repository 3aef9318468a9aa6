import type { Command } from 'commander';
import { parsePositiveInt, print, printJson, table, UsageError, withRuntime } from '../context';
import { SOURCE_ID_PATTERN } from './sources-ids';

export { sourceIdFromUrl } from './sources-ids';

function parseSourceUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(
      `not a URL: "${raw}" (give the full address, e.g. https://reliefweb.int/updates/rss.xml)`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`only http and https sources can be followed, got ${url.protocol}`);
  return url;
}

function registerList(sources: Command): void {
  sources
    .command('list')
    .description('list sources with their health')
    .option('--json', 'print JSON instead of a table')
    .action(async (opts: { json?: boolean }) => {
      const { listSources } = await import('@mipas/db');
      const { presentSource } = await import('@mipas/server');
      await withRuntime(async (runtime) => {
        const rows = (await listSources(runtime.database.db)).map(presentSource);
        if (opts.json) return printJson(rows);
        if (rows.length === 0) return print('no sources yet: add one with "mipas sources add <url>"');
        print(
          table(
            rows.map((r) => ({ ...r, enabled: r.enabled ? 'yes' : 'no', failures: r.consecutive_failures })),
            ['id', 'enabled', 'kind', 'failures', 'name', 'url'],
          ),
        );
      });
    });
}

function registerAdd(sources: Command): void {
  sources
    .command('add')
    .description('follow a new source: a feed URL, or a page whose advertised feed is followed')
    .argument('<url>', 'feed URL (RSS, Atom, JSON Feed) or the URL of a page that links to its feed')
    .option('--name <name>', "display name (default: the feed's own title)")
    .option('--id <id>', 'source id (default: derived from the URL)')
    .option('--json', 'print the added source as JSON')
    .action(async (rawUrl: string, opts: { name?: string; id?: string; json?: boolean }) => {
      const url = parseSourceUrl(rawUrl);
      if (opts.id !== undefined && !SOURCE_ID_PATTERN.test(opts.id))
        throw new UsageError(`--id must be lower-case letters, digits and dashes, got "${opts.id}"`);
      const { addSourceByUrl } = await import('./sources-add');
      await withRuntime((runtime) => addSourceByUrl(runtime, url, opts));
    });
}

function registerCheck(sources: Command): void {
  sources
    .command('check')
    .description('fetch a source now and show what it holds, storing nothing')
    .argument('<id>', 'source id')
    .option('--limit <n>', 'how many items to show', (v) => parsePositiveInt(v, '--limit'), 20)
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean; limit: number }) => {
      const { checkSourceById } = await import('./sources-check');
      await withRuntime((runtime) => checkSourceById(runtime, id, opts));
    });
}

function registerOpml(sources: Command): void {
  sources
    .command('import')
    .description('follow the feeds of an OPML subscription list')
    .argument('<file>', 'OPML file')
    .option('--json', 'print what was added, skipped and unreadable as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const { importOpml } = await import('./sources-opml');
      await withRuntime((runtime) => importOpml(runtime, file, opts));
    });
  sources
    .command('export')
    .description('write the feed sources as an OPML 2.0 subscription list')
    .option('--output <file>', 'write to this file (default: standard output)')
    .action(async (opts: { output?: string }) => {
      const { exportOpml } = await import('./sources-opml');
      await withRuntime((runtime) => exportOpml(runtime, opts));
    });
}

function registerToggle(sources: Command): void {
  for (const enabled of [true, false]) {
    sources
      .command(enabled ? 'enable' : 'disable')
      .description(enabled ? 'fetch a source again (clears its failures)' : 'stop fetching a source')
      .argument('<id>', 'source id')
      .action(async (id: string) => {
        const { setSourceEnabled } = await import('./sources-toggle');
        await withRuntime((runtime) => setSourceEnabled(runtime, id, enabled));
      });
  }
}

export function register(program: Command): void {
  const sources = program.command('sources').description('list and manage the sources that are followed');
  registerList(sources);
  registerAdd(sources);
  registerCheck(sources);
  registerOpml(sources);
  registerToggle(sources);
}
