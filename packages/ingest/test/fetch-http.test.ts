// HTTP semantics the pipeline relies on: validators and 304, Retry-After, permanent redirects,
// 410 Gone, status classification, and the trace recorded for fetch_runs.

import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchError, type FetchOptions, fetchResource, USER_AGENT } from '../src/fetcher';
import { answer, redirect, SMALL_FEED } from './hostile/handlers';
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

describe('conditional GET', () => {
  const etag = '"v1"';
  const lastModified = 'Mon, 23 Nov 2026 10:00:00 GMT';
  const conditional: Handler = (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { etag, 'last-modified': lastModified, 'content-type': 'application/rss+xml' });
    res.end(SMALL_FEED);
  };

  it('returns validators, then notModified with an empty body', async () => {
    const server = await serve(conditional);
    const first = await fetchResource(`${server.url}/feed`, optionsFor(server));
    expect(first.notModified).toBe(false);
    expect(first.etag).toBe(etag);
    expect(first.lastModified).toBe(lastModified);
    expect(first.body.toString()).toBe(SMALL_FEED);

    const second = await fetchResource(
      `${server.url}/feed`,
      optionsFor(server, { etag: first.etag, lastModified: first.lastModified }),
    );
    expect(second.status).toBe(304);
    expect(second.notModified).toBe(true);
    expect(second.body.length).toBe(0);
    expect(second.etag).toBe(etag);
    // The 304 carried no Last-Modified; the stored one stays current.
    expect(second.lastModified).toBe(lastModified);
    expect(server.requests[1]?.headers['if-none-match']).toBe(etag);
    expect(server.requests[1]?.headers['if-modified-since']).toBe(lastModified);
  });

  it('sends no validators when none are stored', async () => {
    const server = await serve(conditional);
    await fetchResource(`${server.url}/feed`, optionsFor(server, { etag: null }));
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
    expect(server.requests[0]?.headers['if-modified-since']).toBeUndefined();
  });
});

describe('request headers', () => {
  it('names the project in the User-Agent', async () => {
    const server = await serve(answer(SMALL_FEED));
    await fetchResource(`${server.url}/`, optionsFor(server));
    expect(server.requests[0]?.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/Mipas.*https?:\/\//);
  });
});

describe('Retry-After', () => {
  it('exposes delay-seconds on 429', async () => {
    const server = await serve(answer('slow down', 429, { 'retry-after': '120' }));
    const error = await failure(fetchResource(`${server.url}/`, optionsFor(server)));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.decision).toBe('back-off');
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(120_000);
  });

  it('exposes an HTTP date on 503', async () => {
    const at = new Date(Date.now() + 90_000).toUTCString();
    const server = await serve(answer('maintenance', 503, { 'retry-after': at }));
    const error = await failure(fetchResource(`${server.url}/`, optionsFor(server)));
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.retryAfterMs).toBeGreaterThan(80_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(90_000);
  });

  it('ignores an unreadable Retry-After', async () => {
    const server = await serve(answer('x', 429, { 'retry-after': 'soon' }));
    const error = await failure(fetchResource(`${server.url}/`, optionsFor(server)));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterMs).toBeUndefined();
  });
});

describe('redirects', () => {
  function via(status: number, to: string): Handler {
    return (req, res) => (req.url === '/old' ? redirect(to, status)(req, res) : answer(SMALL_FEED)(req, res));
  }

  it.each([301, 308])('reports a %i as permanentRedirect', async (status) => {
    const server = await serve(via(status, '/new'));
    const result = await fetchResource(`${server.url}/old`, optionsFor(server));
    expect(result.permanentRedirect).toBe(`${server.url}/new`);
    expect(result.url).toBe(`${server.url}/new`);
    expect(result.redirects).toBe(1);
  });

  it.each([302, 303, 307])('does not report a %i as permanent', async (status) => {
    const server = await serve(via(status, '/new'));
    const result = await fetchResource(`${server.url}/old`, optionsFor(server));
    expect(result.permanentRedirect).toBeUndefined();
    expect(result.url).toBe(`${server.url}/new`);
  });

  it('keeps the last permanent target before a temporary hop', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/a') return redirect('/b', 301)(req, res);
      if (req.url === '/b') return redirect('/c', 302)(req, res);
      return answer(SMALL_FEED)(req, res);
    });
    const result = await fetchResource(`${server.url}/a`, optionsFor(server));
    expect(result.permanentRedirect).toBe(`${server.url}/b`);
    expect(result.url).toBe(`${server.url}/c`);
  });

  it('reports a redirect without Location as BAD_REDIRECT', async () => {
    const server = await serve(answer('', 302));
    const error = await failure(fetchResource(`${server.url}/`, optionsFor(server)));
    expect(error.code).toBe('BAD_REDIRECT');
  });
});

describe('status classification', () => {
  it.each([
    [410, 'GONE', 'disable'],
    [404, 'NOT_FOUND', 'give-up'],
    [401, 'HTTP_UNAUTHORIZED', 'give-up'],
    [403, 'HTTP_FORBIDDEN', 'give-up'],
    [400, 'HTTP_CLIENT', 'give-up'],
    [500, 'HTTP_SERVER', 'back-off'],
    [502, 'HTTP_SERVER', 'back-off'],
  ])('HTTP %i → %s (%s)', async (status, code, decision) => {
    const server = await serve(answer('error page', status));
    const error = await failure(fetchResource(`${server.url}/`, optionsFor(server)));
    expect(error.code).toBe(code);
    expect(error.decision).toBe(decision);
    expect(error.status).toBe(status);
    expect(error.trace?.status).toBe(status);
  });

  it('treats an empty 200 as EMPTY_BODY', async () => {
    const server = await serve(answer('', 200));
    const error = await failure(fetchResource(`${server.url}/`, optionsFor(server)));
    expect(error.code).toBe('EMPTY_BODY');
  });
});

describe('network failures', () => {
  it('reports a closed port as CONNECTION_REFUSED without waiting for the deadline', async () => {
    const server = await startServer(answer('x'));
    const { hostPort, url } = server;
    await server.close();
    const error = await failure(
      fetchResource(`${url}/`, { allowedPrivateHosts: [hostPort], hostDelayMs: 0, timeoutMs: 10_000 }),
    );
    expect(error.code).toBe('CONNECTION_REFUSED');
    expect(error.trace?.totalMs).toBeLessThan(5000);
  });

  it('reports a name that does not resolve as a DNS failure', async () => {
    const error = await failure(
      fetchResource('http://no-such-host.invalid/', { hostDelayMs: 0, timeoutMs: 5000 }),
    );
    // Offline resolvers answer "try again" instead of "no such name"; both are DNS failures.
    expect(['DNS', 'DNS_TEMPORARY', 'TIMEOUT']).toContain(error.code);
  });

  it('reports a self-signed certificate as TLS', async () => {
    const tls = createHttpsServer(
      {
        key: readFileSync(new URL('./hostile/self-signed.key', import.meta.url)),
        cert: readFileSync(new URL('./hostile/self-signed.crt', import.meta.url)),
      },
      (_req, res) => res.end('secret'),
    );
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    const port = (tls.address() as AddressInfo).port;
    try {
      const error = await failure(
        fetchResource(`https://127.0.0.1:${port}/`, { allowPrivateNetwork: true, hostDelayMs: 0 }),
      );
      expect(error.code).toBe('TLS');
      expect(error.decision).toBe('give-up');
    } finally {
      tls.closeAllConnections();
      await new Promise((resolve) => tls.close(resolve));
    }
  });
});

describe('the trace for fetch_runs', () => {
  it('carries status, bytes, timings, final URL and validators', async () => {
    const server = await serve(answer(SMALL_FEED, 200, { etag: '"abc"' }));
    const result = await fetchResource(`${server.url}/feed`, optionsFor(server));
    expect(result).toMatchObject({
      requestedUrl: `${server.url}/feed`,
      url: `${server.url}/feed`,
      status: 200,
      bytesOnWire: SMALL_FEED.length,
      bytesDecoded: SMALL_FEED.length,
      etag: '"abc"',
      lastModified: null,
      redirects: 0,
    });
    expect(result.headersMs).toBeGreaterThanOrEqual(0);
    expect(result.totalMs).toBeGreaterThanOrEqual(result.headersMs ?? 0);
  });
});
