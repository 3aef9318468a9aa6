import type { Command } from 'commander';
import { print, printJson, table, UsageError, withRuntime } from '../context';

/** A readable, unique-enough id for a source added by URL: host and first path word. */
export function sourceIdFromUrl(url: URL): string {
  const host = url.hostname.replace(/^www\./, '').replace(/\.[a-z]+$/, '');
  const word = url.pathname
    .split('/')
    .find((part) => /^[a-z0-9-]{2,}$/i.test(part) && !/^(rss|feed|feeds|xml)$/i.test(part));
  return [host, word]
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

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

export function register(program: Command): void {
  const sources = program.command('sources').description('list and manage the sources that are followed');
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
  sources
    .command('add')
    .description('follow a new source by the URL of its feed')
    .argument('<url>', 'feed URL (RSS or Atom)')
    .option('--name <name>', 'display name (default: the host name)')
    .option('--id <id>', 'source id (default: derived from the URL)')
    .option('--json', 'print the added source as JSON')
    .action(async (rawUrl: string, opts: { name?: string; id?: string; json?: boolean }) => {
      const url = parseSourceUrl(rawUrl);
      const id = opts.id ?? sourceIdFromUrl(url);
      if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(id))
        throw new UsageError(`--id must be lower-case letters, digits and dashes, got "${id}"`);
      const { addSource, SourceExistsError } = await import('@mipas/db');
      const { presentSource } = await import('@mipas/server');
      await withRuntime(async (runtime) => {
        try {
          const row = await addSource(runtime.database.db, {
            id,
            name: opts.name ?? url.hostname,
            url: url.toString(),
            kind: 'rss',
          });
          if (opts.json) printJson(presentSource(row));
          else print(`added source ${row.id}: ${row.name} <${row.url}>`);
        } catch (err) {
          if (err instanceof SourceExistsError) throw new UsageError(err.message);
          if ((err as { code?: string }).code === '23505')
            throw new UsageError(`a source with id "${id}" already exists: choose another with --id`);
          throw err;
        }
      });
    });
}
