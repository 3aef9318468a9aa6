// `mipas sources import <file.opml>` and `mipas sources export`: subscription lists in OPML 2.0,
// as feed readers exchange them. Import adds new feeds, skips URLs already followed and reports
// outlines it cannot read; folders become the source's category, which export writes back.
import { readFile, writeFile } from 'node:fs/promises';
import type { OpmlOutline } from '@mipas/ingest';
import type { Runtime } from '@mipas/pipeline';
import { print, printJson, table, UsageError } from '../context';
import { sourceIdFromUrl, uniqueSourceId } from './sources-ids';

interface ImportReport {
  file: string;
  title: string | null;
  added: Array<{ id: string; name: string; url: string; category: string | null }>;
  skipped: Array<{ name: string; url: string; existing_id: string }>;
  failed: string[];
}

async function readOpmlFile(file: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code;
    throw new UsageError(`cannot read ${file}: ${why ?? (err as Error).message}`);
  }
  const { parseOpml } = await import('@mipas/ingest');
  try {
    return parseOpml(text);
  } catch (err) {
    throw new UsageError(`${file} is not a readable OPML file: ${(err as Error).message}`);
  }
}

function normaliseUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

async function importOutlines(
  runtime: Runtime,
  outlines: OpmlOutline[],
  report: ImportReport,
): Promise<void> {
  const { addSource, listSources } = await import('@mipas/db');
  const db = runtime.database.db;
  const existing = await listSources(db);
  const byUrl = new Map(existing.map((s) => [s.url, s.id]));
  const taken = new Set(existing.map((s) => s.id));
  for (const outline of outlines) {
    const url = normaliseUrl(outline.xmlUrl);
    if (!url) {
      report.failed.push(`outline "${outline.title}": xmlUrl "${outline.xmlUrl}" is not a URL`);
      continue;
    }
    const known = byUrl.get(url);
    if (known) {
      report.skipped.push({ name: outline.title, url, existing_id: known });
      continue;
    }
    const id = uniqueSourceId(sourceIdFromUrl(new URL(url)), taken);
    const row = await addSource(db, {
      id,
      name: outline.title.slice(0, 300),
      url,
      kind: 'rss',
      homepage: outline.htmlUrl ? normaliseUrl(outline.htmlUrl) : null,
      settings: outline.category ? { category: outline.category } : {},
    });
    taken.add(row.id);
    byUrl.set(url, row.id);
    report.added.push({ id: row.id, name: row.name, url: row.url, category: outline.category });
  }
}

function printImport(report: ImportReport): void {
  print(
    `${report.file}: ${report.added.length} added, ${report.skipped.length} skipped (already followed), ` +
      `${report.failed.length} could not be read`,
  );
  if (report.added.length) print(table(report.added, ['id', 'name', 'category', 'url']));
  for (const s of report.skipped) print(`skipped: ${s.name} <${s.url}> is already source ${s.existing_id}`);
  for (const f of report.failed) print(`could not read: ${f}`);
}

export async function importOpml(runtime: Runtime, file: string, opts: { json?: boolean }): Promise<void> {
  const opml = await readOpmlFile(file);
  const report: ImportReport = { file, title: opml.title, added: [], skipped: [], failed: [...opml.errors] };
  await importOutlines(runtime, opml.outlines, report);
  if (opts.json) printJson(report);
  else printImport(report);
}

/** Characters XML 1.0 does not allow, even escaped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const FEED_KINDS = new Set(['rss', 'atom', 'jsonfeed']);

function cleanText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[\r\n\t]+/g, ' ');
}

export async function exportOpml(runtime: Runtime, opts: { output?: string }): Promise<void> {
  const { listSources } = await import('@mipas/db');
  const { buildOpml } = await import('@mipas/ingest');
  const all = await listSources(runtime.database.db);
  // OPML lists feeds; scraped pages and APIs need selectors or adapters it cannot carry.
  const sources = all.filter((s) => FEED_KINDS.has(s.kind));
  const left = all.filter((s) => !FEED_KINDS.has(s.kind));
  if (left.length)
    process.stderr.write(
      `mipas: left out ${left.length} source(s) that are pages or APIs, not feeds: ${left.map((s) => s.id).join(', ')}\n`,
    );
  const feeds = sources.map((s) => {
    const category = (s.settings as { category?: unknown }).category;
    return {
      title: cleanText(s.name),
      xmlUrl: cleanText(s.url),
      htmlUrl: s.homepage ? cleanText(s.homepage) : null,
      category: typeof category === 'string' && category ? cleanText(category) : null,
    };
  });
  const xml = buildOpml(feeds, 'Mipas sources');
  if (!opts.output) return void process.stdout.write(xml);
  try {
    await writeFile(opts.output, xml, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot write ${opts.output}: ${(err as Error).message}`);
  }
  print(`wrote ${feeds.length} feed source(s) to ${opts.output}`);
}
