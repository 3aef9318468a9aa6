// Streams JSON lines through enrichment: one output line per input line, in order. A bad line
// becomes an error object on its own output line and the stream goes on. Reads chunk by chunk
// and waits for the output to drain, so memory stays flat however long the input is.
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
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
  let pending = '';
  let lineNumber = 0;
  let overlong = false;

  const handle = (raw: string): string => {
    lineNumber++;
    // A BOM can start any line, not only the first: `cat a.jsonl b.jsonl` keeps b's.
    const line = stripBom(raw);
    if (line.trim() === '') return '';
    result.lines++;
    const out = enrichLineText(line.endsWith('\r') ? line.slice(0, -1) : line, lineNumber, options);
    if (out.enriched) result.enriched++;
    else result.errors++;
    return `${out.text}\n`;
  };

  const reportOverlong = (): string => {
    lineNumber++;
    result.lines++;
    result.errors++;
    return `${JSON.stringify({ error: `line longer than ${maxLength} characters`, line: lineNumber })}\n`;
  };

  for await (const text of decodeInput(input)) {
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
  const rest = pending;
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
  return enrichRecord(line, lineNumber, options).output;
}

/**
 * The output line's text for one input line. When no input field has the name of an enrichment
 * field, the input's own text is kept and the enrichment fields are appended, so every passed-
 * through value stays exactly as written (integers beyond 2^53, e.g. 64-bit ids, would otherwise
 * lose digits through JSON.parse).
 */
function enrichLineText(
  line: string,
  lineNumber: number,
  options: EnrichLinesOptions,
): { text: string; enriched: boolean } {
  const { output, fields, item } = enrichRecord(line, lineNumber, options);
  if (!fields || !item) return { text: JSON.stringify(output), enriched: false };
  const raw = line.trim();
  const collides = Object.keys(fields).some((key) => Object.hasOwn(item, key));
  if (collides || raw.includes('\r')) {
    try {
      return { text: JSON.stringify(output), enriched: true };
    } catch (err) {
      // JSON.parse reads any depth, JSON.stringify recurses: thousands of nested arrays overflow it.
      const error = `cannot write the line back: ${(err as Error).message}`;
      return { text: JSON.stringify({ error, line: lineNumber }), enriched: false };
    }
  }
  // `raw` parsed as an object with a title, so it is `{...}` with at least one member.
  return { text: `${raw.slice(0, -1)},${JSON.stringify(fields).slice(1)}`, enriched: true };
}

function enrichRecord(
  line: string,
  lineNumber: number,
  options: EnrichLinesOptions,
): { output: LineOutput; fields?: Record<string, unknown>; item?: Record<string, unknown> } {
  const fail = (error: string) => ({ output: { error, line: lineNumber } });
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return fail(`invalid JSON: ${(err as Error).message}`);
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    return fail('line is not a JSON object');
  }
  const item = record as Record<string, unknown>;
  if (item.source != null && typeof item.source !== 'string') {
    return fail('"source" must be a string or null');
  }
  try {
    const source = typeof item.source === 'string' ? options.resolveSource?.(item.source) : undefined;
    const fields = enrichItem(item as unknown as EnrichInput, {
      source,
      relevanceModel: options.relevanceModel,
    }) as unknown as Record<string, unknown>;
    return { output: { ...item, ...fields }, fields, item };
  } catch (err) {
    return fail(
      err instanceof EnrichInputError ? err.message : `enrichment failed: ${(err as Error).message}`,
    );
  }
}

/**
 * Decodes the input to text: UTF-8, or UTF-16 when the input starts with a UTF-16 byte order mark
 * (what Windows PowerShell 5 writes with `>`). Invalid bytes become U+FFFD, as before.
 */
async function* decodeInput(input: Readable): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let head = Buffer.alloc(0);
  for await (const chunk of input) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    let bytes = chunk as Buffer;
    if (!decoder) {
      head = Buffer.concat([head, bytes]);
      if (head.length < 2) continue;
      decoder = new TextDecoder(utf16Label(head) ?? 'utf-8');
      bytes = head;
    }
    yield decoder.decode(bytes, { stream: true });
  }
  yield decoder ? decoder.decode() : new TextDecoder().decode(head);
}

function utf16Label(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

async function write(output: Writable, text: string): Promise<void> {
  if (!output.write(text)) await once(output, 'drain');
}

function stripBom(line: string): string {
  return line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
}
