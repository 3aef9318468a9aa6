// The classifier and its catalogue: every outcome maps to a code, a decision and an
// explanation, and docs/fetcher.md lists every code with the same decision.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyFetchOutcome, FETCH_ERROR_CATALOGUE, FetchError, parseRetryAfter } from '../src/fetcher';

function errnoError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe('classifyFetchOutcome on thrown errors', () => {
  const url = 'https://example.org/feed';
  it.each([
    [errnoError('ENOTFOUND'), 'DNS'],
    [errnoError('EAI_AGAIN'), 'DNS_TEMPORARY'],
    [errnoError('ECONNREFUSED'), 'CONNECTION_REFUSED'],
    [errnoError('ECONNRESET'), 'CONNECTION_RESET'],
    [errnoError('UND_ERR_SOCKET'), 'CONNECTION_RESET'],
    [errnoError('EHOSTUNREACH'), 'NETWORK_UNREACHABLE'],
    [errnoError('UND_ERR_HEADERS_TIMEOUT'), 'TIMEOUT'],
    [errnoError('CERT_HAS_EXPIRED'), 'TLS'],
    [errnoError('DEPTH_ZERO_SELF_SIGNED_CERT'), 'TLS'],
    [errnoError('ERR_TLS_CERT_ALTNAME_INVALID'), 'TLS'],
    [errnoError('Z_DATA_ERROR'), 'BAD_ENCODING'],
    [new Error('wrapper', { cause: errnoError('ECONNREFUSED') }), 'CONNECTION_REFUSED'],
    [new DOMException('late', 'TimeoutError'), 'TIMEOUT'],
    [new DOMException('stop', 'AbortError'), 'ABORTED'],
    [new Error('something odd'), 'NETWORK'],
    ['a string', 'NETWORK'],
  ])('%s → %s', (error, code) => {
    const failure = classifyFetchOutcome({ error, url });
    expect(failure.code).toBe(code);
    expect(failure.message).toContain(url);
    expect(failure.explanation.length).toBeGreaterThan(10);
  });

  it('passes a FetchError through, even wrapped', () => {
    const original = new FetchError('refused', 'FORBIDDEN_ADDRESS');
    expect(classifyFetchOutcome({ error: new Error('x', { cause: original }), url })).toBe(original);
  });

  it('calls anything a timeout once the deadline has passed', () => {
    const failure = classifyFetchOutcome({
      error: errnoError('UND_ERR_ABORTED'),
      url,
      timedOut: true,
      timeoutMs: 1500,
    });
    expect(failure.code).toBe('TIMEOUT');
    expect(failure.message).toContain('1500 ms');
  });
});

describe('classifyFetchOutcome on responses', () => {
  const url = 'https://example.org/feed';
  it('accepts a 200 with a body and a 304', () => {
    expect(classifyFetchOutcome({ status: 200, url, bodyBytes: 10 })).toBeUndefined();
    expect(classifyFetchOutcome({ status: 304, url })).toBeUndefined();
  });

  it.each([
    [200, 0, 'EMPTY_BODY', 'retry-later'],
    [404, undefined, 'NOT_FOUND', 'give-up'],
    [408, undefined, 'TIMEOUT', 'retry-later'],
    [410, undefined, 'GONE', 'disable'],
    [418, undefined, 'HTTP_CLIENT', 'give-up'],
    [429, undefined, 'RATE_LIMITED', 'back-off'],
    [503, undefined, 'UNAVAILABLE', 'back-off'],
    [504, undefined, 'HTTP_SERVER', 'back-off'],
    [300, undefined, 'BAD_REDIRECT', 'give-up'],
  ])('HTTP %i (body %s) → %s / %s', (status, bodyBytes, code, decision) => {
    const failure = classifyFetchOutcome({ status, url, bodyBytes });
    expect(failure?.code).toBe(code);
    expect(failure?.decision).toBe(decision);
    expect(failure?.status).toBe(status);
  });

  it('reads Retry-After only where it means "come back later"', () => {
    expect(classifyFetchOutcome({ status: 429, url, retryAfter: '30' })?.retryAfterMs).toBe(30_000);
    expect(classifyFetchOutcome({ status: 503, url, retryAfter: '5' })?.retryAfterMs).toBe(5000);
    expect(classifyFetchOutcome({ status: 500, url, retryAfter: '5' })?.retryAfterMs).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 3600 ', now)).toBe(3_600_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 12:01:30 GMT', now)).toBe(90_000);
  });

  it('clamps past dates to zero and rejects junk', () => {
    expect(parseRetryAfter('Mon, 23 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
    expect(parseRetryAfter('tomorrow-ish', now)).toBeUndefined();
  });
});

describe('the catalogue and docs/fetcher.md agree', () => {
  const docs = readFileSync(new URL('../../../docs/fetcher.md', import.meta.url), 'utf8');
  it.each(Object.entries(FETCH_ERROR_CATALOGUE))('%s is documented with its decision', (code, entry) => {
    const row = docs.split('\n').find((line) => line.startsWith(`| \`${code}\``));
    expect(row, `docs/fetcher.md has no row for ${code}`).toBeDefined();
    expect(row).toContain(`\`${entry.decision}\``);
  });
});
