// Streams JSON lines through enrichment: one output line per input line, in order. A bad line
// becomes an error object on its own output line and the stream goes on. Reads chunk by chunk
// and waits for the output to drain, so memory stays flat however long the input is.
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { type EnrichInput, EnrichInputError, enrichItem, type SourceProfile } from './enrich';
import type { RelevanceModel } from './relevance';

/** Lines longer than this (characters) are reported and skipped instead of buffered. */
export const MAX_LINE_LENGTH = 8 * 1024 * 1024;

export interface EnrichLinesOptions {
  /** Looks up the profile (languages, default tags) of the source an input line names. */
  resolveSource?: (id: string) => SourceProfile | undefined;
  relevanceModel?: RelevanceModel;
  maxLineLength?: number;
}

export interface EnrichLinesResult {
  /** Non-blank input lines read. */
  lines: number;
  enriched: number;
  errors: number;
}

export async function enrichLines(
  input: Readable,
  output: Writable,
  options: EnrichLinesOptions = {},
): Promise<EnrichLinesResult> {
  const maxLength = options.maxLineLength ?? MAX_LINE_LENGTH;
  const result: EnrichLinesResult = { lines: 0, enriched: 0, errors: 0 };
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let lineNumber = 0;
  let overlong = false;

  const handle = (raw: string): string => {
    lineNumber++;
    const line = lineNumber === 1 ? stripBom(raw) : raw;
    if (line.trim() === '') return '';
    result.lines++;
    const out = enrichLine(line.endsWith('\r') ? line.slice(0, -1) : line, lineNumber, options);
    if ('error' in out) result.errors++;
    else result.enriched++;
    return `${JSON.stringify(out)}\n`;
  };

  const reportOverlong = (): string => {
    lineNumber++;
    result.lines++;
    result.errors++;
    return `${JSON.stringify({ error: `line longer than ${maxLength} characters`, line: lineNumber })}\n`;
  };

  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let out = '';
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      if (overlong) {
        overlong = false;
        out += reportOverlong();
      } else {
        out += handle(pending + text.slice(start, end));
      }
      pending = '';
      start = end + 1;
    }
    if (!overlong) {
      pending += text.slice(start);
      if (pending.length > maxLength) {
        overlong = true;
        pending = '';
      }
    }
    if (out) await write(output, out);
  }
  const rest = pending + decoder.end();
  if (overlong) await write(output, reportOverlong());
  else if (rest !== '') {
    const out = handle(rest);
    if (out) await write(output, out);
  }
  return result;
}

type LineOutput = Record<string, unknown> | { error: string; line: number };

/** Enriches one JSON line; anything wrong with it becomes `{error, line}`. */
export function enrichLine(line: string, lineNumber: number, options: EnrichLinesOptions = {}): LineOutput {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return { error: `invalid JSON: ${(err as Error).message}`, line: lineNumber };
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    return { error: 'line is not a JSON object', line: lineNumber };
  }
  const item = record as Record<string, unknown>;
  if (item.source != null && typeof item.source !== 'string') {
    return { error: '"source" must be a string or null', line: lineNumber };
  }
  try {
    const source = typeof item.source === 'string' ? options.resolveSource?.(item.source) : undefined;
    const fields = enrichItem(item as unknown as EnrichInput, {
      source,
      relevanceModel: options.relevanceModel,
    });
    return { ...item, ...fields };
  } catch (err) {
    const why =
      err instanceof EnrichInputError ? err.message : `enrichment failed: ${(err as Error).message}`;
    return { error: why, line: lineNumber };
  }
}

async function write(output: Writable, text: string): Promise<void> {
  if (!output.write(text)) await once(output, 'drain');
}

function stripBom(line: string): string {
  return line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
}
