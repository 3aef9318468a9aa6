// The network policy against every spelling of a forbidden address, on the first request and
// on redirect hops. A counting server on loopback proves refused fetches never connect.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAllowedAddresses } from '../src/fetch/connector';
import { createPolicy, isAllowedDestination } from '../src/fetch/policy';
import { FetchError, fetchResource, isForbiddenAddress } from '../src/fetcher';
import { answer, redirect } from './hostile/handlers';
import { startServer, type TestServer } from './hostile/server';

async function expectCode(promise: Promise<unknown>, code: string): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  expect((error as FetchError).code).toBe(code);
  return error as FetchError;
}

describe('isForbiddenAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.31.255.255',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.251',
    '240.0.0.1',
    '198.18.0.1',
    '198.19.255.255',
    '192.0.2.10',
    '198.51.100.7',
    '203.0.113.9',
    '192.0.0.8',
    '::',
    '::1',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fec0::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::127.0.0.1',
    '::8.8.8.8',
    '64:ff9b::7f00:1',
    '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::1',
    '2002:c0a8:101::',
    '2001:0:4136:e378:8000:63bf:3fff:fdd2',
    '2001:db8::1',
    '2001:2::1',
    '3fff::1',
    'not-an-address',
  ])('refuses %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.216.34',
    '2606:4700:4700::1111',
    '2a00:1450:4001::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('allows public %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });
});

describe('fetchResource refuses forbidden destinations without connecting', () => {
  let target: TestServer;
  let targetV6: TestServer;

  beforeAll(async () => {
    target = await startServer(answer('must not be served'));
    targetV6 = await startServer(answer('must not be served'), '::1');
  });
  afterAll(async () => {
    await target.close();
    await targetV6.close();
  });

  const spellings = (port: number): string[] => [
    `http://127.0.0.1:${port}/`,
    `http://2130706433:${port}/`,
    `http://0x7f000001:${port}/`,
    `http://0177.0.0.1:${port}/`,
    `http://0x7f.1:${port}/`,
    `http://127.1:${port}/`,
    `http://127.0.1:${port}/`,
    `http://127.000.000.001:${port}/`,
    `http://127.0.0.1.:${port}/`,
    `http://%31%32%37.0.0.1:${port}/`,
    `http://localhost:${port}/`,
    `http://localhost.:${port}/`,
    `http://LOCALHOST:${port}/`,
    `https://127.0.0.1:${port}/`,
    `http://[::ffff:127.0.0.1]:${port}/`,
    `http://[::ffff:7f00:1]:${port}/`,
    `http://[0:0:0:0:0:ffff:127.0.0.1]:${port}/`,
    `http://0.0.0.0:${port}/`,
    `http://0:${port}/`,
    `http://user:pass@127.0.0.1:${port}/`,
  ];

  it('refuses 20 spellings of loopback and the server sees no connection', async () => {
    for (const url of spellings(target.port)) {
      const error = await expectCode(fetchResource(url, { hostDelayMs: 0 }), 'FORBIDDEN_ADDRESS');
      expect(error.decision).toBe('give-up');
    }
    expect(target.connections).toBe(0);
  });

  it('refuses IPv6 loopback spellings and the IPv6 server sees no connection', async () => {
    for (const url of [`http://[::1]:${targetV6.port}/`, `http://[0:0:0:0:0:0:0:1]:${targetV6.port}/`]) {
      await expectCode(fetchResource(url, { hostDelayMs: 0 }), 'FORBIDDEN_ADDRESS');
    }
    expect(targetV6.connections).toBe(0);
  });

  it.each([
    'http://10.0.0.1/',
    'http://172.16.0.1/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://198.18.0.1/',
    'http://192.0.2.1/',
    'http://198.51.100.1/',
    'http://203.0.113.1/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    'http://240.0.0.1/',
    'http://[fc00::1]/',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
    'http://[fec0::1]/',
    'http://[::]/',
    'http://[::127.0.0.1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[64:ff9b::10.0.0.1]/',
    'http://[2002:7f00:1::]/',
    'http://[2002:c0a8:101::1]/',
    'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/',
    'http://[ff02::1]/',
    'http://[2001:db8::1]/',
    'http://[::ffff:169.254.169.254]/',
  ])('refuses %s', async (url) => {
    await expectCode(fetchResource(url, { hostDelayMs: 0 }), 'FORBIDDEN_ADDRESS');
  });

  it('allows a private host only when explicitly allowed', async () => {
    const allowed = await startServer(answer('ok'));
    try {
      const viaPair = await fetchResource(`${allowed.url}/`, {
        allowedPrivateHosts: [allowed.hostPort],
        hostDelayMs: 0,
      });
      expect(viaPair.body.toString()).toBe('ok');
      const viaFlag = await fetchResource(`${allowed.url}/`, { allowPrivateNetwork: true, hostDelayMs: 0 });
      expect(viaFlag.status).toBe(200);
      const viaV6 = await fetchResource(`http://[::1]:${targetV6.port}/`, {
        allowedPrivateHosts: [targetV6.hostPort],
        hostDelayMs: 0,
      });
      expect(viaV6.body.toString()).toBe('must not be served');
      targetV6.connections = 0;
      await expectCode(
        fetchResource(`http://127.0.0.1:${allowed.port + 1}/`, {
          allowedPrivateHosts: [allowed.hostPort],
          hostDelayMs: 0,
        }),
        'FORBIDDEN_ADDRESS',
      );
    } finally {
      await allowed.close();
    }
  });

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://[::ffff:169.254.169.254]/',
    'http://[64:ff9b::a9fe:a9fe]/',
    'http://[fe80::1]/',
    'http://2852039166/',
  ])('refuses link-local %s (cloud metadata) even under the private-network allowance', async (url) => {
    await expectCode(fetchResource(url, { allowPrivateNetwork: true, hostDelayMs: 0 }), 'FORBIDDEN_ADDRESS');
  });

  it('opens a link-local address only to a named host:port', () => {
    const policy = createPolicy(true, ['169.254.10.10:8080']);
    expect(isAllowedDestination(policy, '169.254.10.10', 8080, '169.254.10.10')).toBe(true);
    expect(isAllowedDestination(policy, '169.254.10.10', 80, '169.254.10.10')).toBe(false);
    expect(isAllowedDestination(policy, '127.0.0.1', 80, '127.0.0.1')).toBe(true);
  });

  it('rejects a malformed allowedPrivateHosts entry', async () => {
    await expectCode(
      fetchResource('http://example.org/', { allowedPrivateHosts: ['127.0.0.1'] }),
      'BAD_OPTIONS',
    );
  });
});

describe('redirects into private addresses', () => {
  let target: TestServer;
  let targetV6: TestServer;

  beforeAll(async () => {
    target = await startServer(answer('must not be served'));
    targetV6 = await startServer(answer('must not be served'), '::1');
  });
  afterAll(async () => {
    await target.close();
    await targetV6.close();
  });

  const destinations = (): string[] => [
    `http://127.0.0.1:${target.port}/`,
    `http://2130706433:${target.port}/`,
    `http://localhost:${target.port}/`,
    `http://[::ffff:127.0.0.1]:${target.port}/`,
    `http://[::1]:${targetV6.port}/`,
    'http://10.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fd00::1]/',
  ];

  it('refuses every hop into a private address, the target seeing no connection', async () => {
    for (const destination of destinations()) {
      const hop = await startServer(redirect(destination, 302));
      try {
        const error = await expectCode(
          fetchResource(`${hop.url}/start`, { allowedPrivateHosts: [hop.hostPort], hostDelayMs: 0 }),
          'FORBIDDEN_ADDRESS',
        );
        expect(hop.requests).toHaveLength(1);
        expect(error.trace?.requestedUrl).toBe(`${hop.url}/start`);
      } finally {
        await hop.close();
      }
    }
    expect(target.connections).toBe(0);
    expect(targetV6.connections).toBe(0);
  });

  it('refuses a private address at the end of a chain of allowed hops', async () => {
    const last = await startServer(redirect(`http://127.0.0.1:${target.port}/`, 301));
    const first = await startServer(redirect(`${last.url}/next`, 301));
    try {
      const error = await expectCode(
        fetchResource(`${first.url}/`, {
          allowedPrivateHosts: [first.hostPort, last.hostPort],
          hostDelayMs: 0,
        }),
        'FORBIDDEN_ADDRESS',
      );
      expect(error.trace?.redirects).toBe(1);
      expect(last.requests).toHaveLength(1);
      expect(target.connections).toBe(0);
    } finally {
      await first.close();
      await last.close();
    }
  });

  it.each([
    'file:///etc/passwd',
    'ftp://example.org/feed.xml',
    'data:text/plain,hi',
    'javascript:alert(1)',
    'gopher://x/',
  ])('refuses a redirect to %s', async (location) => {
    const hop = await startServer(redirect(location, 302));
    try {
      await expectCode(
        fetchResource(`${hop.url}/`, { allowedPrivateHosts: [hop.hostPort], hostDelayMs: 0 }),
        'BAD_SCHEME',
      );
    } finally {
      await hop.close();
    }
  });
});

describe('URL checks', () => {
  it.each([
    'ftp://example.org/feed.xml',
    'file:///etc/passwd',
    'data:text/xml,<rss/>',
    'javascript:alert(1)',
    'ws://example.org/',
  ])('refuses the scheme of %s', async (url) => {
    await expectCode(fetchResource(url), 'BAD_SCHEME');
  });

  it.each(['not a url', '', 'http://', 'http://exa mple.org/'])('refuses the unparseable %j', async (url) => {
    await expectCode(fetchResource(url), 'BAD_URL');
  });
});

describe('names are checked after DNS, where the connection is made', () => {
  it('refuses a name that resolves to loopback, using the real resolver', async () => {
    const error = await resolveAllowedAddresses(createPolicy(), 'localhost', 80).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as FetchError).code).toBe('FORBIDDEN_ADDRESS');
  });

  it('returns the checked addresses for an allowed pair', async () => {
    const addresses = await resolveAllowedAddresses(
      createPolicy(false, ['localhost:8080']),
      'localhost',
      8080,
    );
    expect(addresses.length).toBeGreaterThan(0);
    for (const { address } of addresses) expect(isForbiddenAddress(address)).toBe(true);
  });

  it('refuses, end to end, every /etc/hosts name that points at this machine', async () => {
    // Names other than "localhost" are not caught by name, only by the address DNS returns.
    const names = readFileSync('/etc/hosts', 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim().split(/\s+/))
      .filter(([address]) => address === '127.0.0.1' || address === '::1')
      .flatMap(([, ...aliases]) => aliases)
      .filter((name) => !/localhost/i.test(name));
    const target = await startServer(answer('must not be served'));
    try {
      for (const name of names) {
        await expectCode(
          fetchResource(`http://${name}:${target.port}/`, { hostDelayMs: 0 }),
          'FORBIDDEN_ADDRESS',
        );
      }
      expect(target.connections).toBe(0);
    } finally {
      await target.close();
    }
  });
});
