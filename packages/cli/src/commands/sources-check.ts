// `mipas sources check <id>`: fetches one source now and shows what the pipeline would read from
// it, storing nothing. Exit 1 when the source cannot be fetched or read.
import type { CheckReport, Runtime } from '@mipas/pipeline';
import { print, printJson, table, UsageError } from '../context';

export interface CheckOptions {
  json?: boolean;
  limit: number;
}

function presentReport(report: CheckReport, limit: number) {
  return {
    source: report.sourceId,
    ok: report.ok,
    http: report.fetch && {
      url: report.fetch.url,
      final_url: report.fetch.finalUrl,
      status: report.fetch.status,
      bytes: report.fetch.bytes,
      content_type: report.fetch.contentType,
      duration_ms: report.fetch.durationMs,
    },
    feed_kind: report.feedKind,
    title: report.title,
    homepage: report.homepage,
    item_count: report.items.length,
    items: report.items.slice(0, limit).map((item) => ({
      published_at: item.publishedAt?.toISOString() ?? null,
      date_flag: item.dateFlag,
      title: item.title,
      url: item.url,
    })),
    warnings: report.warnings,
    discovered: report.discovered,
    error: report.error,
  };
}

function printReport(report: CheckReport, limit: number): void {
  const http = report.fetch;
  if (http) {
    const moved = http.finalUrl !== http.url ? ` -> ${http.finalUrl}` : '';
    print(`GET ${http.url}${moved}`);
    print(
      `HTTP ${http.status ?? '-'}, ${http.bytes} bytes, ${http.durationMs} ms${http.contentType ? `, ${http.contentType}` : ''}`,
    );
  }
  if (report.error) {
    print(`${report.error.stage} failed (${report.error.code}): ${report.error.message}`);
    if (report.error.explanation) print(report.error.explanation);
    for (const feed of report.discovered) print(`  advertised feed: ${feed.url} (${feed.type})`);
  } else {
    const kind = report.feedKind ? `${report.feedKind} ` : '';
    print(`${kind}"${report.title ?? '(untitled)'}": ${report.items.length} item(s)`);
    const rows = report.items.slice(0, limit).map((item) => ({
      date: item.publishedAt
        ? item.publishedAt.toISOString().slice(0, 16).replace('T', ' ')
        : `(${item.dateFlag})`,
      title: item.title,
      link: item.url ?? '',
    }));
    if (rows.length) print(table(rows, ['date', 'title', 'link']));
    if (report.items.length > limit) print(`... and ${report.items.length - limit} more (--limit)`);
  }
  if (report.warnings.length) {
    print(`${report.warnings.length} warning(s):`);
    for (const warning of report.warnings) print(`  - ${warning}`);
  }
  print('nothing was stored');
}

export async function checkSourceById(runtime: Runtime, id: string, opts: CheckOptions): Promise<void> {
  const { getSource } = await import('@mipas/db');
  const { checkSource } = await import('@mipas/pipeline');
  const source = await getSource(runtime.database.db, id);
  if (!source) throw new UsageError(`no source with id "${id}" (see "mipas sources list")`);
  const report = await checkSource(runtime, source);
  if (opts.json) printJson(presentReport(report, opts.limit));
  else printReport(report, opts.limit);
  if (!report.ok) process.exitCode = 1;
}
