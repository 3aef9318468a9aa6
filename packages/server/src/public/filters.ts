// Reads the feed filter from query parameters: topic, country, source and language, each a
// comma-separated list (or repeated), combined with AND between kinds and OR within one.
import type { PublishedFilter } from '@mipas/db';
import type { FeedQuery } from './urls';

const SLUG = /^[\w.-]{1,80}$/u;

function readList(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return [
    ...new Set(
      raw
        .flatMap((v) => String(v).split(','))
        .map((v) => v.trim())
        .filter((v) => SLUG.test(v)),
    ),
  ].slice(0, 20);
}

export function readFeedQuery(query: Record<string, unknown>): FeedQuery {
  const out: FeedQuery = {};
  for (const key of ['topic', 'country', 'source', 'language'] as const) {
    const list = readList(query[key]);
    if (list.length) out[key] = list;
  }
  return out;
}

export function toFilter(query: FeedQuery): PublishedFilter {
  return { topics: query.topic, countries: query.country, sources: query.source, languages: query.language };
}
