// Deadlines, byte caps, decompression bombs and redirect limits, each against a hostile server.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, type FetchOptions, fetchResource } from '../src/fetcher';
import {
  answer,
  compressedZeros,
  drip,
  flood,
  redirect,
  sendEncoded,
  silence,
  unannouncedFlood,
} from './hostile/handlers';
import { type Handler, startServer, type TestServer } from './hostile/server';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

function optionsFor(server: TestServer, extra: FetchOptions = {}): FetchOptions {
  return { allowedPrivateHosts: [server.hostPort], hostDelayMs: 0, ...extra };
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('the total deadline', () => {
  it('cuts a one-byte-a-second drip at the deadline', async () => {
    const server = await serve(drip(1000));
    const started = performance.now();
    const error = await failure(fetchResource(`${server.url}/`, optionsFor(server, { timeoutMs: 1500 })));
    const elapsed = performance.now() - started;
    expect(error.code).toBe('TIMEOUT');
    expect(error.decision).toBe('retry-later');
    expect(error.trace?.status).toBe(200);
    expect(error.trace?.bytesOnWire).toBeGreaterThan(0);
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(5000);
  });

  it('cuts a server that never sends headers', async () => {
    const server = await serve(silence());
    const error = await failure(fetchResource(`${server.url}/`, optionsFor(server, { timeoutMs: 1000 })));
    expect(error.code).toBe('TIMEOUT');
    expect(error.trace?.status).toBeUndefined();
    expect(server.requests).toHaveLength(1);
  });

  it('reports a cancellation with a custom reason as ABORTED', async () => {
    const server = await serve(silence());
    const controller = new AbortController();
    setTimeout(() => controller.abort('shutting down'), 100);
    const error = await failure(
      fetchResource(`${server.url}/`, optionsFor(server, { signal: controller.signal })),
    );
    expect(error.code).toBe('ABORTED');
  });

  it('reports a caller cancellation as ABORTED, not TIMEOUT', async () => {
    const server = await serve(silence());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await failure(
      fetchResource(`${server.url}/`, optionsFor(server, { signal: controller.signal })),
    );
    expect(error.code).toBe('ABORTED');
  });
});

describe('byte caps', () => {
  it('refuses a body whose Content-Length exceeds the cap without reading it', async () => {
    const server = await serve(flood(2 * 1024 * 1024));
    const error = await failure(
      fetchResource(`${server.url}/`, optionsFor(server, { maxBytes: 1024 * 1024 })),
    );
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('announced');
    expect(error.trace?.bytesOnWire).toBe(0);
  });

  it('stops a chunked body larger than the wire cap while reading', async () => {
    const server = await serve(unannouncedFlood(2 * 1024 * 1024));
    const error = await failure(
      fetchResource(`${server.url}/`, optionsFor(server, { maxBytes: 1024 * 1024 })),
    );
    expect(error.code).toBe('TOO_LARGE');
    expect(error.trace?.bytesOnWire).toBeGreaterThan(1024 * 1024);
    expect(error.trace?.bytesOnWire).toBeLessThan(2 * 1024 * 1024);
  });

  it('accepts a body exactly at the cap', async () => {
    const server = await serve(flood(4096));
    const result = await fetchResource(`${server.url}/`, optionsFor(server, { maxBytes: 4096 }));
    expect(result.body.length).toBe(4096);
  });

  describe.each(['gzip', 'deflate', 'br'] as const)('a %s bomb', (encoding) => {
    let bomb: Buffer;
    beforeAll(() => {
      bomb = compressedZeros(encoding, 16 * 1024 * 1024);
    });

    it('stops at the decompressed cap with little on the wire', async () => {
      const server = await serve((_req, res) => sendEncoded(res, encoding, bomb));
      const error = await failure(
        fetchResource(`${server.url}/`, optionsFor(server, { maxDecodedBytes: 1024 * 1024 })),
      );
      expect(error.code).toBe('TOO_LARGE');
      expect(error.message).toContain('decompressed');
      expect(error.trace?.bytesDecoded).toBeGreaterThan(1024 * 1024);
      expect(error.trace?.bytesDecoded).toBeLessThan(8 * 1024 * 1024);
      expect(error.trace?.bytesOnWire).toBeLessThanOrEqual(bomb.length);
    });
  });

  it.each([
    ['gzip, gzip', ['gzip', 'gzip']],
    ['gzip, br', ['gzip', 'br']],
  ] as const)('stops a bomb under two content-encodings (%s) as TOO_LARGE', async (header, layers) => {
    const { brotliCompressSync, gzipSync } = await import('node:zlib');
    const compress = { gzip: gzipSync, br: brotliCompressSync };
    let bomb: Buffer = Buffer.alloc(16 * 1024 * 1024);
    for (const layer of layers) bomb = compress[layer](bomb);
    const server = await serve(answer(bomb, 200, { 'content-encoding': header }));
    const error = await failure(
      fetchResource(`${server.url}/`, optionsFor(server, { maxDecodedBytes: 1024 * 1024 })),
    );
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('decompressed');
    expect(error.decision).toBe('give-up');
  });

  it.each(['gzip', 'deflate', 'br'] as const)(
    'decodes an ordinary %s body and asks for compression',
    async (encoding) => {
      const feed = Buffer.from('<rss><channel><title>Žinios</title></channel></rss>'.repeat(50));
      const { brotliCompressSync, deflateSync, gzipSync } = await import('node:zlib');
      const encoded = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync }[encoding](feed);
      const server = await serve((_req, res) => sendEncoded(res, encoding, encoded));
      const result = await fetchResource(`${server.url}/`, optionsFor(server));
      expect(result.body.equals(feed)).toBe(true);
      expect(result.bytesOnWire).toBe(encoded.length);
      expect(result.bytesDecoded).toBe(feed.length);
      expect(server.requests[0]?.headers['accept-encoding']).toBe('gzip, deflate, br');
    },
  );

  it('reports a corrupt gzip body as BAD_ENCODING', async () => {
    const server = await serve((_req, res) =>
      sendEncoded(res, 'gzip', Buffer.from('this is not gzip at all')),
    );
    const error = await failure(fetchResource(`${server.url}/`, optionsFor(server)));
    expect(error.code).toBe('BAD_ENCODING');
  });

  it('reports an unknown content-encoding as BAD_ENCODING', async () => {
    const server = await serve(answer('abc', 200, { 'content-encoding': 'zstd' }));
    const error = await failure(fetchResource(`${server.url}/`, optionsFor(server)));
    expect(error.code).toBe('BAD_ENCODING');
    expect(error.message).toContain('zstd');
  });
});

describe('redirect limit', () => {
  function chain(length: number): Handler {
    return (req, res) => {
      const step = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? 0);
      if (step < length) return redirect(`/?n=${step + 1}`, 302)(req, res);
      return answer('end')(req, res);
    };
  }

  it('follows 5 redirects', async () => {
    const server = await serve(chain(5));
    const result = await fetchResource(`${server.url}/?n=0`, optionsFor(server));
    expect(result.body.toString()).toBe('end');
    expect(result.redirects).toBe(5);
    expect(result.url).toBe(`${server.url}/?n=5`);
  });

  it('refuses a sixth', async () => {
    const server = await serve(chain(6));
    const error = await failure(fetchResource(`${server.url}/?n=0`, optionsFor(server)));
    expect(error.code).toBe('TOO_MANY_REDIRECTS');
    expect(server.requests).toHaveLength(6);
  });

  it('stops a redirect loop', async () => {
    const server = await serve(redirect('/', 302));
    const error = await failure(fetchResource(`${server.url}/`, optionsFor(server)));
    expect(error.code).toBe('TOO_MANY_REDIRECTS');
  });
});

describe('bad options', () => {
  it('rejects an unreadable MIPAS_HOST_DELAY_MS with BAD_OPTIONS naming it', async () => {
    const saved = process.env.MIPAS_HOST_DELAY_MS;
    process.env.MIPAS_HOST_DELAY_MS = 'soon';
    try {
      const error = await failure(fetchResource('http://example.org/'));
      expect(error.code).toBe('BAD_OPTIONS');
      expect(error.message).toContain('MIPAS_HOST_DELAY_MS');
    } finally {
      if (saved === undefined) delete process.env.MIPAS_HOST_DELAY_MS;
      else process.env.MIPAS_HOST_DELAY_MS = saved;
    }
  });

  it.each([[{ timeoutMs: 0 }], [{ timeoutMs: Number.NaN }], [{ maxBytes: -1 }], [{ hostDelayMs: -5 }]] as [
    FetchOptions,
  ][])('rejects %j with BAD_OPTIONS', async (options) => {
    const error = await failure(fetchResource('http://example.org/', options));
    expect(error.code).toBe('BAD_OPTIONS');
  });
});
