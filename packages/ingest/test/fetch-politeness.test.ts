// Politeness: one request at a time per host, a pause between requests, hosts in parallel,
// and robots.txt for scraped pages, all observed from real servers on loopback.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchRobotsFile } from '../src/fetch/robots-file';
import {
  clearRobotsCache,
  defaultHostDelayMs,
  FetchError,
  type FetchOptions,
  fetchResource,
} from '../src/fetcher';
import { HostQueue } from '../src/hosts';
import { checkRobots } from '../src/robots';
import { answer, SMALL_FEED } from './hostile/handlers';
import { type Handler, startServer, type TestServer } from './hostile/server';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler, host?: string): Promise<TestServer> {
  const server = await startServer(handler, host);
  servers.push(server);
  return server;
}

function optionsFor(server: TestServer, extra: FetchOptions = {}): FetchOptions {
  return { allowedPrivateHosts: [server.hostPort], hostDelayMs: 0, ...extra };
}

function slow(ms: number, starts?: number[]): Handler {
  return (_req, res) => {
    starts?.push(performance.now());
    setTimeout(() => answer(SMALL_FEED)(_req, res), ms);
  };
}

describe('per-host serialisation', () => {
  it('never sends two requests at once to one host', async () => {
    const server = await serve(slow(30));
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => fetchResource(`${server.url}/feed/${i}`, optionsFor(server))),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(server.requests).toHaveLength(8);
    expect(server.peakInFlight).toBe(1);
    expect(Math.max(...results.map((r) => r.queuedMs))).toBeGreaterThan(0);
  });

  it('keeps the per-host pause between requests', async () => {
    const starts: number[] = [];
    const server = await serve(slow(0, starts));
    await Promise.all(
      [0, 1, 2].map((i) => fetchResource(`${server.url}/${i}`, optionsFor(server, { hostDelayMs: 150 }))),
    );
    const gaps = starts.slice(1).map((t, i) => t - (starts[i] ?? 0));
    expect(gaps).toHaveLength(2);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(140);
  });

  it('runs different hosts in parallel', async () => {
    const a = await serve(slow(200), '127.0.0.1');
    const b = await serve(slow(200), '127.0.0.2');
    let overlap = false;
    const watch = setInterval(() => {
      if (a.inFlight > 0 && b.inFlight > 0) overlap = true;
    }, 5);
    try {
      const options = { allowedPrivateHosts: [a.hostPort, b.hostPort], hostDelayMs: 0 };
      await Promise.all([fetchResource(`${a.url}/`, options), fetchResource(`${b.url}/`, options)]);
    } finally {
      clearInterval(watch);
    }
    expect(overlap).toBe(true);
  });

  it('lets a queued fetch be cancelled without blocking the host', async () => {
    const server = await serve(slow(200));
    const controller = new AbortController();
    const first = fetchResource(`${server.url}/1`, optionsFor(server));
    const second = fetchResource(`${server.url}/2`, optionsFor(server, { signal: controller.signal }));
    controller.abort();
    const third = fetchResource(`${server.url}/3`, optionsFor(server));
    const error = await second.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as FetchError).code).toBe('ABORTED');
    expect((await first).status).toBe(200);
    expect((await third).status).toBe(200);
    expect(server.requests.map((r) => r.path)).toEqual(['/1', '/3']);
  });
});

describe('HostQueue', () => {
  it('grants in order and only after release', async () => {
    const queue = new HostQueue();
    const order: string[] = [];
    const releaseA = await queue.acquire('h:80', 0);
    const b = queue.acquire('h:80', 0).then((release) => {
      order.push('b');
      release();
    });
    const c = queue.acquire('h:80', 0).then((release) => {
      order.push('c');
      release();
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    order.push('a');
    releaseA();
    await Promise.all([b, c]);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(queue.activeHosts()).toBe(0);
  });
});

describe('MIPAS_HOST_DELAY_MS', () => {
  it('defaults to one second and reads the variable', () => {
    expect(defaultHostDelayMs({})).toBe(1000);
    expect(defaultHostDelayMs({ MIPAS_HOST_DELAY_MS: '0' })).toBe(0);
    expect(defaultHostDelayMs({ MIPAS_HOST_DELAY_MS: '250' })).toBe(250);
  });

  it('rejects a value that is not a non-negative number', () => {
    expect(() => defaultHostDelayMs({ MIPAS_HOST_DELAY_MS: 'fast' })).toThrow(/MIPAS_HOST_DELAY_MS/);
    expect(() => defaultHostDelayMs({ MIPAS_HOST_DELAY_MS: '-1' })).toThrow(/MIPAS_HOST_DELAY_MS/);
  });
});

describe('robots.txt', () => {
  beforeEach(() => clearRobotsCache());

  function site(robots: Handler): Handler {
    return (req, res) =>
      req.url === '/robots.txt' ? robots(req, res) : answer('<html>page</html>')(req, res);
  }

  async function failure(promise: Promise<unknown>): Promise<FetchError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  }

  it('refuses a disallowed page without requesting it, and caches robots.txt', async () => {
    const server = await serve(
      site(answer('User-agent: *\nDisallow: /private\n', 200, { 'content-type': 'text/plain' })),
    );
    const options = optionsFor(server, { respectRobots: true });
    const error = await failure(fetchResource(`${server.url}/private/page`, options));
    expect(error.code).toBe('ROBOTS_DISALLOWED');
    const allowed = await fetchResource(`${server.url}/public/page`, options);
    expect(allowed.status).toBe(200);
    expect(server.requests.map((r) => r.path)).toEqual(['/robots.txt', '/public/page']);
  });

  it('matches the Mipas group', async () => {
    const server = await serve(site(answer('User-agent: Mipas\nDisallow: /\n\nUser-agent: *\nAllow: /\n')));
    const error = await failure(
      fetchResource(`${server.url}/a`, optionsFor(server, { respectRobots: true })),
    );
    expect(error.code).toBe('ROBOTS_DISALLOWED');
  });

  it('ignores robots.txt unless asked (feeds)', async () => {
    const server = await serve(site(answer('User-agent: *\nDisallow: /\n')));
    const result = await fetchResource(`${server.url}/feed`, optionsFor(server));
    expect(result.status).toBe(200);
    expect(server.requests.map((r) => r.path)).toEqual(['/feed']);
  });

  it('allows everything when robots.txt is missing (404)', async () => {
    const server = await serve(site(answer('not found', 404)));
    const result = await fetchResource(`${server.url}/page`, optionsFor(server, { respectRobots: true }));
    expect(result.status).toBe(200);
  });

  it('refuses for now when robots.txt fails with 5xx', async () => {
    const server = await serve(site(answer('oops', 500)));
    const error = await failure(
      fetchResource(`${server.url}/page`, optionsFor(server, { respectRobots: true })),
    );
    expect(error.code).toBe('ROBOTS_UNAVAILABLE');
    expect(error.decision).toBe('retry-later');
    expect(server.requests.map((r) => r.path)).toEqual(['/robots.txt']);
  });

  it('checks the address before reading robots.txt', async () => {
    const error = await failure(
      fetchResource('http://127.0.0.1:9/page', { respectRobots: true, hostDelayMs: 0 }),
    );
    expect(error.code).toBe('FORBIDDEN_ADDRESS');
  });
});

describe('robots.txt cache and crawl delay', () => {
  beforeEach(() => clearRobotsCache());

  it('reads robots.txt again once its hour is up', async () => {
    const server = await serve(answer('User-agent: *\nDisallow: /private\n'));
    const options = optionsFor(server);
    const read = (url: string) => fetchRobotsFile(url, options, fetchResource);
    let clock = Date.parse('2026-11-23T12:00:00Z');
    const now = () => clock;
    const page = new URL(`${server.url}/page`);
    await checkRobots(page, read, now);
    await checkRobots(page, read, now);
    clock += 59 * 60_000;
    await checkRobots(page, read, now);
    expect(server.requests).toHaveLength(1);
    clock += 2 * 60_000;
    await checkRobots(page, read, now);
    expect(server.requests).toHaveLength(2);
  });

  it('retries an unavailable robots.txt after five minutes, not an hour', async () => {
    const server = await serve(answer('down', 503));
    const read = (url: string) => fetchRobotsFile(url, optionsFor(server), fetchResource);
    let clock = 0;
    const page = new URL(`${server.url}/page`);
    const attempt = () => checkRobots(page, read, () => clock).catch((e: FetchError) => e.code);
    expect(await attempt()).toBe('ROBOTS_UNAVAILABLE');
    clock += 4 * 60_000;
    expect(await attempt()).toBe('ROBOTS_UNAVAILABLE');
    expect(server.requests).toHaveLength(1);
    clock += 2 * 60_000;
    await attempt();
    expect(server.requests).toHaveLength(2);
  });

  it('honours Crawl-delay between page requests', async () => {
    const starts: number[] = [];
    const server = await serve((req, res) => {
      if (req.url === '/robots.txt') return answer('User-agent: *\nCrawl-delay: 0.3\n')(req, res);
      starts.push(performance.now());
      return answer('<html></html>')(req, res);
    });
    const options = optionsFor(server, { respectRobots: true });
    await Promise.all([fetchResource(`${server.url}/a`, options), fetchResource(`${server.url}/b`, options)]);
    expect(starts).toHaveLength(2);
    expect((starts[1] ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(290);
  });
});
