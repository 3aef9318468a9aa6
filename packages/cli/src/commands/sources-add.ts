// `mipas sources add <url>`: fetches the URL first. A feed is stored with its kind and title; an
// HTML page's advertised feeds are tried best first; anything else is refused and nothing stored.
import type { CheckReport, FeedKind, Runtime } from '@mipas/pipeline';
import { print, printJson, UsageError } from '../context';
import { sourceIdFromUrl, uniqueSourceId } from './sources-ids';

export interface AddOptions {
  name?: string;
  id?: string;
  json?: boolean;
}

interface Chosen {
  report: CheckReport;
  url: string;
  kind: FeedKind;
  /** The page the feed was discovered on, when the URL given was a page. */
  page: string | null;
  alternatives: Array<{ url: string; type: string; title: string | null }>;
}

/** Picks the first advertised feed that reads as one, in the page's ranking. */
async function followDiscoveredFeed(runtime: Runtime, page: CheckReport): Promise<Chosen> {
  const { inspectUrl } = await import('@mipas/pipeline');
  const pageUrl = page.fetch?.finalUrl ?? page.fetch?.url ?? '';
  const failures: string[] = [];
  for (const candidate of page.discovered.slice(0, 5)) {
    const report = await inspectUrl(runtime, candidate.url);
    if (report.ok && report.feedKind) {
      const alternatives = page.discovered.filter((f) => f.url !== candidate.url);
      return { report, url: candidate.url, kind: report.feedKind, page: pageUrl, alternatives };
    }
    failures.push(`${candidate.url}: ${report.error?.message ?? 'not a feed'}`);
  }
  throw new UsageError(
    `${pageUrl} advertises ${page.discovered.length} feed(s) but none could be read (${failures.join('; ')}); nothing was stored`,
  );
}

/** What the URL is: a feed (possibly broken right now, but one), a page with feeds, or neither. */
async function chooseFeed(runtime: Runtime, url: string): Promise<Chosen> {
  const { inspectUrl } = await import('@mipas/pipeline');
  const report = await inspectUrl(runtime, url);
  if (report.error?.stage === 'fetch')
    throw new UsageError(`could not fetch ${url}: ${report.error.message}; nothing was stored`);
  if (report.feedKind) return { report, url, kind: report.feedKind, page: null, alternatives: [] };
  if (report.error?.code === 'HTML_NOT_FEED' && report.discovered.length)
    return followDiscoveredFeed(runtime, report);
  throw new UsageError(`${report.error?.message ?? `${url} is not a feed`}; nothing was stored`);
}

function reportDiscovery(chosen: Chosen): void {
  if (!chosen.page) return;
  const label = (f: { url: string; type: string; title: string | null }) =>
    `${f.url} (${f.type}${f.title ? `, "${f.title}"` : ''})`;
  print(`${chosen.page} is a page; it advertises ${chosen.alternatives.length + 1} feed(s)`);
  print(
    `following the best one: ${label({ url: chosen.url, type: chosen.kind, title: chosen.report.title })}`,
  );
  for (const alt of chosen.alternatives) print(`  also advertised: ${label(alt)}`);
}

export async function addSourceByUrl(runtime: Runtime, url: URL, opts: AddOptions): Promise<void> {
  const { addSource, findSourceByUrl, listSources, SourceExistsError } = await import('@mipas/db');
  const { presentSource } = await import('@mipas/server');
  const db = runtime.database.db;
  const known = await findSourceByUrl(db, url.toString());
  if (known) throw new SourceExistsError(known);
  const taken = new Set((await listSources(db)).map((s) => s.id));
  if (opts.id && taken.has(opts.id))
    throw new UsageError(`a source with id "${opts.id}" already exists: choose another with --id`);
  const chosen = await chooseFeed(runtime, url.toString());
  const id = opts.id ?? uniqueSourceId(sourceIdFromUrl(url), taken);
  const row = await addSource(db, {
    id,
    name: opts.name ?? chosen.report.title ?? url.hostname,
    url: chosen.url,
    kind: chosen.kind,
    homepage: chosen.report.homepage ?? chosen.page,
  });
  if (!chosen.report.ok)
    process.stderr.write(
      `mipas: warning: the feed could not be read just now (${chosen.report.error?.message}); it will be retried on every fetch\n`,
    );
  if (opts.json) {
    printJson({ ...presentSource(row), discovered_on: chosen.page, alternatives: chosen.alternatives });
    return;
  }
  reportDiscovery(chosen);
  print(`added source ${row.id}: ${row.name} <${row.url}> (${row.kind})`);
  if (chosen.report.ok) print(`${chosen.report.items.length} item(s) in the feed now`);
}
