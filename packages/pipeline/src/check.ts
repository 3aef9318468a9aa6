// Fetches a source, or any URL, now and reports what a fetch would find: HTTP status, size and
// time, the items with their dates, parse warnings, and for an HTML page the feeds it advertises.
// Nothing is stored; the CLI (`mipas sources check|add`) and the admin UI show these reports.
import type { Config, ParsedFeed } from '@mipas/core';
import type { SourceRow } from '@mipas/db';
import {
  type DiscoveredFeed,
  decodeBody,
  FetchError,
  fetchResource,
  ParseError,
  parseDocument,
} from '@mipas/ingest';
import { isScraped, parseFetchedDocument, urlToFetch } from './source-document';

export type FeedKind = 'rss' | 'atom' | 'jsonfeed';

export interface FetchSummary {
  /** The URL asked for, and the one answered after redirects. */
  url: string;
  finalUrl: string;
  status: number | null;
  bytes: number;
  contentType: string | null;
  durationMs: number;
}

export interface CheckedItem {
  title: string;
  url: string | null;
  publishedAt: Date | null;
  dateFlag: string;
}

export interface CheckProblem {
  stage: 'config' | 'fetch' | 'parse';
  code: string;
  message: string;
  explanation: string | null;
}

export interface CheckReport {
  sourceId: string | null;
  ok: boolean;
  fetch: FetchSummary | null;
  /** The feed format the bytes are in, when they are a feed. */
  feedKind: FeedKind | null;
  title: string | null;
  homepage: string | null;
  items: CheckedItem[];
  warnings: string[];
  /** Feeds an HTML page advertises, best first (when a page arrived where a feed was expected). */
  discovered: DiscoveredFeed[];
  error: CheckProblem | null;
}

type ConfigHolder = Config | { config: Config };

function configOf(target: ConfigHolder): Config {
  return 'config' in target && typeof target.config === 'object' ? target.config : (target as Config);
}

const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i;

/** Tells RSS, Atom and JSON Feed apart from the first element (or brace) of the text. */
export function detectFeedKind(text: string, contentType?: string | null): FeedKind | null {
  const head = text.slice(0, 64 * 1024).replace(/^\uFEFF/, '');
  const rest = head.slice(PROLOG.exec(head)?.[0].length ?? 0);
  if (rest.startsWith('{')) return /jsonfeed\.org\/version/.test(head) ? 'jsonfeed' : null;
  const root = /^<([A-Za-z_][\w:.-]*)/.exec(rest)?.[1]?.toLowerCase();
  if (root === 'feed') return 'atom';
  if (root === 'rss' || root === 'rdf:rdf' || root === 'rdf') return 'rss';
  if (!root && /application\/feed\+json/i.test(contentType ?? '')) return 'jsonfeed';
  return null;
}

function emptyReport(sourceId: string | null): CheckReport {
  return {
    sourceId,
    ok: false,
    fetch: null,
    feedKind: null,
    title: null,
    homepage: null,
    items: [],
    warnings: [],
    discovered: [],
    error: null,
  };
}

function describeFetchError(err: unknown): CheckProblem {
  if (err instanceof FetchError)
    return { stage: 'fetch', code: err.code, message: err.message, explanation: err.explanation };
  return {
    stage: 'fetch',
    code: 'NETWORK',
    message: String((err as Error).message ?? err),
    explanation: null,
  };
}

function describeParseError(err: unknown): CheckProblem {
  const code = err instanceof ParseError ? err.code : 'PARSE';
  return { stage: 'parse', code, message: String((err as Error).message ?? err), explanation: null };
}

function fillFeed(report: CheckReport, feed: ParsedFeed): void {
  report.title = feed.title;
  report.homepage = feed.homepage;
  report.warnings = feed.warnings;
  report.items = feed.items.map((item) => ({
    title: item.title,
    url: item.url,
    publishedAt: item.publishedAt,
    dateFlag: item.dateFlag,
  }));
}

interface InspectOptions {
  sourceId: string | null;
  respectRobots: boolean;
  parse: (body: Uint8Array, contentType: string | undefined, finalUrl: string) => Promise<ParsedFeed>;
}

async function inspect(config: Config, url: string, opts: InspectOptions): Promise<CheckReport> {
  const report = emptyReport(opts.sourceId);
  const started = Date.now();
  let result: Awaited<ReturnType<typeof fetchResource>>;
  try {
    result = await fetchResource(url, {
      respectRobots: opts.respectRobots,
      allowPrivateNetwork: config.allowPrivateNetwork,
      timeoutMs: config.fetchTimeoutMs,
      maxBytes: config.fetchMaxBytes,
    });
  } catch (err) {
    const trace = err instanceof FetchError ? err.trace : undefined;
    report.fetch = {
      url,
      finalUrl: trace?.url ?? url,
      // A failure after the headers (too large, cut by the deadline) still shows the status sent.
      status: err instanceof FetchError ? (err.status ?? trace?.status ?? null) : null,
      bytes: trace?.bytesOnWire ?? 0,
      contentType: null,
      durationMs: Date.now() - started,
    };
    report.error = describeFetchError(err);
    return report;
  }
  const contentType = result.headers['content-type'];
  report.fetch = {
    url,
    finalUrl: result.url,
    status: result.status,
    bytes: result.bytesOnWire,
    contentType: contentType ?? null,
    durationMs: Date.now() - started,
  };
  report.feedKind = detectFeedKind(decodeBody(result.body, contentType), contentType);
  try {
    fillFeed(report, await opts.parse(result.body, contentType, result.url));
    report.ok = true;
  } catch (err) {
    report.error = describeParseError(err);
    if (err instanceof ParseError) report.discovered = err.feeds;
  }
  return report;
}

/** Fetches and parses a stored source as the pipeline would, without storing anything. */
export async function checkSource(
  target: ConfigHolder,
  source: SourceRow,
  now = new Date(),
): Promise<CheckReport> {
  const config = configOf(target);
  let url: string;
  try {
    url = urlToFetch(source);
  } catch (err) {
    const report = emptyReport(source.id);
    report.error = { stage: 'config', code: 'CONFIG', message: (err as Error).message, explanation: null };
    return report;
  }
  return inspect(config, url, {
    sourceId: source.id,
    respectRobots: isScraped(source),
    parse: (body, contentType, finalUrl) => parseFetchedDocument(source, body, contentType, finalUrl, now),
  });
}

/** Fetches any URL and reads it as a feed; an HTML page's advertised feeds come back in `discovered`. */
export async function inspectUrl(target: ConfigHolder, url: string, now = new Date()): Promise<CheckReport> {
  return inspect(configOf(target), url, {
    sourceId: null,
    respectRobots: false,
    parse: (body, contentType, finalUrl) => parseDocument(body, { contentType, baseUrl: finalUrl, now }),
  });
}
