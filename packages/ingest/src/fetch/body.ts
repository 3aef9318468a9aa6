// Reads a response body under two byte caps: one on the wire and one after decompression. We
// ask for gzip/deflate/br and decompress here, counting as we go, so a compression bomb stops
// at the cap instead of filling memory; undici would otherwise hand us the raw bytes anyway.

import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchError } from './errors';

export const ACCEPT_ENCODING = 'gzip, deflate, br';

export interface BodyLimits {
  maxWireBytes: number;
  maxDecodedBytes: number;
  signal: AbortSignal;
  url: string;
}

/** Running byte counts, readable after a failure too (the fetch trace is passed in). */
export interface BodyCounts {
  bytesOnWire: number;
  bytesDecoded: number;
}

function createDecoder(encoding: string, url: string): Transform {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      // Sync flush tolerates a truncated stream the way browsers do.
      return createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
    case 'deflate':
      return createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    case 'br':
      return createBrotliDecompress({ finishFlush: constants.BROTLI_OPERATION_FLUSH });
    default:
      throw new FetchError(`${url} used unsupported content-encoding "${encoding}"`, 'BAD_ENCODING');
  }
}

/** Decoders for a Content-Encoding header, in the order they must be applied. */
export function createDecoders(contentEncoding: string | undefined, url: string): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  return codings.reverse().map((c) => createDecoder(c, url));
}

/** The cap a pipeline stage hit, kept apart: with two decoders the pipeline rejects with an AbortError. */
interface CapHit {
  error?: FetchError;
}

function capHit(hit: CapHit, error: FetchError): FetchError {
  hit.error ??= error;
  return error;
}

function countWire(counts: BodyCounts, limits: BodyLimits, hit: CapHit) {
  return async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      counts.bytesOnWire += chunk.length;
      if (counts.bytesOnWire > limits.maxWireBytes) {
        throw capHit(
          hit,
          new FetchError(`${limits.url} sent more than ${limits.maxWireBytes} bytes`, 'TOO_LARGE'),
        );
      }
      yield chunk;
    }
  };
}

function collectDecoded(counts: BodyCounts, limits: BodyLimits, chunks: Buffer[], hit: CapHit) {
  return async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      counts.bytesDecoded += chunk.length;
      if (counts.bytesDecoded > limits.maxDecodedBytes) {
        throw capHit(
          hit,
          new FetchError(
            `${limits.url} decompressed to more than ${limits.maxDecodedBytes} bytes`,
            'TOO_LARGE',
          ),
        );
      }
      chunks.push(chunk);
    }
  };
}

/** The response headers that decide how a body is read. */
export interface BodyHeaders {
  'content-encoding'?: string;
  'content-length'?: string;
}

/** Nobody will read this body: close it, and swallow the abort error undici emits for it. */
function abandon(body: Readable): void {
  body.on('error', () => undefined).destroy();
}

/** Reads, decompresses and caps a body; destroys the stream (and the connection) on failure. */
export async function readBody(
  body: Readable,
  headers: BodyHeaders,
  limits: BodyLimits,
  counts: BodyCounts,
): Promise<Buffer> {
  const declared = Number(headers['content-length']);
  if (declared > limits.maxWireBytes) {
    abandon(body);
    throw new FetchError(
      `${limits.url} announced ${declared} bytes, more than ${limits.maxWireBytes}`,
      'TOO_LARGE',
    );
  }
  let decoders: Transform[];
  try {
    decoders = createDecoders(headers['content-encoding'], limits.url);
  } catch (error) {
    abandon(body);
    throw error;
  }
  const chunks: Buffer[] = [];
  if (decoders.length === 0) return readPlain(body, limits, counts);
  const hit: CapHit = {};
  const stages = [
    body,
    countWire(counts, limits, hit),
    ...decoders,
    collectDecoded(counts, limits, chunks, hit),
  ];
  // pipeline's overloads cannot type a variable number of stages; the stages above are valid.
  const run = pipeline as unknown as (...args: unknown[]) => Promise<void>;
  try {
    await run(...stages, { signal: limits.signal });
  } catch (error) {
    // A cap hit tears the other stages down; report the cap, not the teardown.
    throw hit.error ?? error;
  }
  return Buffer.concat(chunks);
}

/** The common uncompressed case, without the cost of a stream pipeline. */
async function readPlain(body: Readable, limits: BodyLimits, counts: BodyCounts): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer>) {
    counts.bytesOnWire += chunk.length;
    counts.bytesDecoded += chunk.length;
    // Leaving the loop by throwing destroys the body, which closes the connection.
    const cap = Math.min(limits.maxWireBytes, limits.maxDecodedBytes);
    if (counts.bytesOnWire > cap)
      throw new FetchError(`${limits.url} sent more than ${cap} bytes`, 'TOO_LARGE');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
