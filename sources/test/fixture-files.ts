// Finds and loads the captured (or constructed) document of each source in sources/fixtures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NormalisedItem } from '@mipas/core';
import { normaliseItems } from '@mipas/ingest';
import { parseSourceDocument, type SourceDefinition } from '../src/index';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

/** The moment every golden test pretends to fetch at; later than every fixture's items. */
export const FETCHED_AT = new Date('2026-11-23T00:00:00Z');

const CONTENT_TYPES: Record<string, string> = {
  xml: 'application/rss+xml',
  html: 'text/html',
  json: 'application/json',
};

export interface ExpectedItem {
  title: string;
  url: string;
  published: string | null;
  key: string;
  summaryPrefix: string | null;
}

export interface ExpectedFile {
  source: string;
  items: ExpectedItem[];
}

export function fixtureFileOf(id: string): string | undefined {
  return readdirSync(FIXTURES_DIR).find(
    (name) =>
      name.startsWith(`${id}.`) && /^[a-z0-9-]+\.(xml|html|json)$/.test(name) && name.split('.')[0] === id,
  );
}

export function expectedPathOf(id: string): string {
  return join(FIXTURES_DIR, `${id}.expected.json`);
}

export function readExpected(id: string): ExpectedFile | undefined {
  const path = expectedPathOf(id);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ExpectedFile) : undefined;
}

/** Parses a source's fixture as the pipeline would, then normalises its items (keys, URLs). */
export async function parseFixture(def: SourceDefinition): Promise<NormalisedItem[]> {
  const file = fixtureFileOf(def.id);
  if (!file) throw new Error(`no fixture for ${def.id}`);
  const ext = file.slice(file.lastIndexOf('.') + 1);
  const bytes = new Uint8Array(readFileSync(join(FIXTURES_DIR, file)));
  const endpoint = def.endpoints[0];
  if (!endpoint) throw new Error(`${def.id} has no endpoint`);
  const feed = await parseSourceDocument(def, bytes, {
    contentType: CONTENT_TYPES[ext],
    url: endpoint.url,
    now: FETCHED_AT,
  });
  return normaliseItems(feed.items, FETCHED_AT);
}

/** The fields a golden file pins down for one parsed item. */
export function toExpected(item: NormalisedItem): ExpectedItem {
  return {
    title: item.title,
    url: item.url ?? '',
    published: item.dateFlag === 'ok' ? item.publishedAt.toISOString() : null,
    key: item.key,
    summaryPrefix: item.summary ? item.summary.slice(0, 60) : null,
  };
}
