// Finds and loads the captured (or constructed) documents of each source in sources/fixtures.
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

const DOCUMENT = /\.(xml|html|json)$/;

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

/**
 * A source's documents: `<id>.<ext>` (its fixture) and further captures `<id>.<variant>.<ext>`,
 * each with its own `.expected.json`.
 */
export function fixtureFilesOf(id: string): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => DOCUMENT.test(name) && !name.endsWith('.expected.json'))
    .filter((name) => name.split('.')[0] === id)
    .sort((a, b) => a.split('.').length - b.split('.').length || a.localeCompare(b));
}

export function fixtureFileOf(id: string): string | undefined {
  return fixtureFilesOf(id).find((name) => name.split('.').length === 2);
}

export function expectedPathOf(file: string): string {
  return join(FIXTURES_DIR, file.replace(DOCUMENT, '.expected.json'));
}

export function readExpected(file: string): ExpectedFile | undefined {
  const path = expectedPathOf(file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ExpectedFile) : undefined;
}

/** Parses one of a source's documents as the pipeline would, then normalises its items. */
export async function parseFixture(def: SourceDefinition, name?: string): Promise<NormalisedItem[]> {
  const file = name ?? fixtureFileOf(def.id);
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
