// Reads a ReliefWeb API v1 list response (`/v1/reports`) into the shared feed model. The API
// returns `{ data: [{ id, fields: { title, url_alias, date, body, source, ... } }] }`; which
// fields are present depends on the request's `fields[include]` and `preset`.
import type { ParsedFeed, ParsedItem } from '@mipas/core';
import { htmlToText, parseDate, sanitise } from '@mipas/ingest';

interface ReliefwebNamed {
  name?: string;
  shortname?: string;
  code?: string;
}

interface ReliefwebReportFields {
  title?: string;
  url?: string;
  url_alias?: string;
  date?: { original?: string; created?: string; changed?: string };
  body?: string;
  'body-html'?: string;
  source?: ReliefwebNamed[];
  theme?: ReliefwebNamed[];
  language?: ReliefwebNamed[];
}

interface ReliefwebRecord {
  id?: string | number;
  fields?: ReliefwebReportFields;
}

function isRecordList(value: unknown): value is { data: ReliefwebRecord[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { data?: unknown }).data);
}

function readItem(record: ReliefwebRecord, baseUrl: string, now: Date): ParsedItem | string {
  const fields = record.fields ?? {};
  const title = htmlToText(fields.title);
  const id = record.id === undefined ? null : String(record.id);
  const link = fields.url_alias ?? fields.url ?? (id ? `https://reliefweb.int/node/${id}` : null);
  const url = link ? new URL(link, baseUrl).toString() : null;
  if (!title || !url) return `record ${id ?? '?'} has no title or link: skipped`;
  const date = parseDate(fields.date?.original ?? fields.date?.created ?? null, now);
  const html = fields['body-html'] ?? null;
  const text = fields.body ? htmlToText(fields.body) : html ? htmlToText(html) : '';
  const sources = (fields.source ?? []).map((s) => s.shortname ?? s.name).filter((s): s is string => !!s);
  return {
    guid: id ? `reliefweb:report:${id}` : null,
    url,
    title,
    summary: text.slice(0, 2000) || null,
    contentHtml: html ? sanitise(html, url) : null,
    contentText: text || null,
    publishedAt: date.date,
    dateFlag: date.flag,
    author: sources.length ? sources.join(', ') : null,
    categories: (fields.theme ?? []).map((t) => t.name).filter((t): t is string => !!t),
    declaredLanguage: fields.language?.[0]?.code ?? null,
  };
}

/** Parses a ReliefWeb API v1 list response; records without a title or link become warnings. */
export function parseReliefwebApi(json: unknown, baseUrl: string, now = new Date()): ParsedFeed {
  if (!isRecordList(json)) throw new Error('not a ReliefWeb API list response (no `data` array)');
  const items: ParsedItem[] = [];
  const warnings: string[] = [];
  for (const record of json.data) {
    const item = readItem(record, baseUrl, now);
    if (typeof item === 'string') warnings.push(item);
    else {
      if (item.dateFlag !== 'ok') warnings.push(`${item.url}: date ${item.dateFlag}`);
      items.push(item);
    }
  }
  return {
    title: 'ReliefWeb API — reports',
    homepage: 'https://reliefweb.int',
    declaredLanguage: null,
    items,
    warnings,
  };
}
