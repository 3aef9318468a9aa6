// Hostile and ordinary behaviours for the test server, one small handler each.

import type { ServerResponse } from 'node:http';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import type { Handler } from './server';

export const SMALL_FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';

/** Answers `body` with `status` and extra headers. */
export function answer(body: string | Buffer, status = 200, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/rss+xml', ...headers });
    res.end(body);
  };
}

/** Sends headers, then one byte per `intervalMs` for ever (until the client goes away). */
export function drip(intervalMs = 1000): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('x');
    const timer = setInterval(() => res.write('x'), intervalMs);
    res.on('close', () => clearInterval(timer));
  };
}

/** Accepts the request and never answers. */
export function silence(): Handler {
  return () => undefined;
}

/** Redirects with `status` to `location`. */
export function redirect(location: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { location });
    res.end();
  };
}

/** Sends `size` bytes of zeros, announcing the length. */
export function flood(size: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(size) });
    res.end(Buffer.alloc(size));
  };
}

/** Streams `size` bytes of zeros in 64 KiB chunks without announcing the length (chunked). */
export function unannouncedFlood(size: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    const chunk = Buffer.alloc(64 * 1024);
    for (let sent = 0; sent < size; sent += chunk.length) res.write(chunk);
    res.end();
  };
}

/** `size` zero bytes compressed with `encoding`: a few KB on the wire, `size` once inflated. */
export function compressedZeros(encoding: 'gzip' | 'deflate' | 'br', size: number): Buffer {
  const zeros = Buffer.alloc(size);
  if (encoding === 'gzip') return gzipSync(zeros, { level: 9 });
  if (encoding === 'deflate') return deflateSync(zeros, { level: 9 });
  return brotliCompressSync(zeros, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
}

export function sendEncoded(res: ServerResponse, encoding: string, body: Buffer): void {
  res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': encoding });
  res.end(body);
}
