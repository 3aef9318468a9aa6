// One place turns every way a fetch can end into a typed, explained `FetchError` (or nothing,
// for a usable response). The fetcher calls it for thrown errors and for HTTP statuses, so the
// mapping to retry / back-off / give-up / disable lives here and nowhere else.

import { FetchError, type FetchErrorCode } from './errors';
import { parseRetryAfter } from './retry-after';

/** A response that arrived, described by what classification needs. */
export interface ResponseOutcome {
  status: number;
  url: string;
  /** Decoded body size; 0 makes a 2xx an `EMPTY_BODY` failure. Omit when the body was not read. */
  bodyBytes?: number;
  /** The raw Retry-After header. */
  retryAfter?: string;
}

/** Something thrown during the exchange. */
export interface ErrorOutcome {
  error: unknown;
  url: string;
  /** The fetch deadline had passed: whatever was thrown, it is a timeout. */
  timedOut?: boolean;
  timeoutMs?: number;
  /** The caller's signal had fired: whatever reason it carried, the fetch was cancelled. */
  cancelled?: boolean;
}

export type FetchOutcome = ResponseOutcome | ErrorOutcome;

/** Returns the failure a fetch outcome amounts to, or undefined when the response is usable. */
export function classifyFetchOutcome(outcome: ErrorOutcome): FetchError;
export function classifyFetchOutcome(outcome: FetchOutcome): FetchError | undefined;
export function classifyFetchOutcome(outcome: FetchOutcome): FetchError | undefined {
  if ('error' in outcome) return classifyThrown(outcome);
  return classifyResponse(outcome);
}

const STATUS_CODES: Record<number, FetchErrorCode> = {
  401: 'HTTP_UNAUTHORIZED',
  403: 'HTTP_FORBIDDEN',
  404: 'NOT_FOUND',
  408: 'TIMEOUT',
  410: 'GONE',
  429: 'RATE_LIMITED',
  503: 'UNAVAILABLE',
};

function classifyResponse({ status, url, bodyBytes, retryAfter }: ResponseOutcome): FetchError | undefined {
  if (status === 304) return undefined;
  if (status >= 200 && status < 300) {
    if (bodyBytes === 0)
      return new FetchError(`${url} answered HTTP ${status} with an empty body`, 'EMPTY_BODY', { status });
    return undefined;
  }
  if (status >= 300 && status < 400) {
    return new FetchError(`${url} answered HTTP ${status} without a usable Location`, 'BAD_REDIRECT', {
      status,
    });
  }
  const code = STATUS_CODES[status] ?? (status >= 500 ? 'HTTP_SERVER' : 'HTTP_CLIENT');
  const honoursRetryAfter = status === 429 || status === 503;
  const retryAfterMs = honoursRetryAfter ? parseRetryAfter(retryAfter) : undefined;
  const wait = retryAfterMs === undefined ? '' : ` (retry after ${Math.round(retryAfterMs / 1000)} s)`;
  return new FetchError(`${url} answered HTTP ${status}${wait}`, code, { status, retryAfterMs });
}

const ERRNO_CODES: Record<string, FetchErrorCode> = {
  ENOTFOUND: 'DNS',
  ENODATA: 'DNS',
  EAI_NONAME: 'DNS',
  EAI_AGAIN: 'DNS_TEMPORARY',
  ECONNREFUSED: 'CONNECTION_REFUSED',
  ECONNRESET: 'CONNECTION_RESET',
  EPIPE: 'CONNECTION_RESET',
  UND_ERR_SOCKET: 'CONNECTION_RESET',
  UND_ERR_CLOSED: 'CONNECTION_RESET',
  EHOSTUNREACH: 'NETWORK_UNREACHABLE',
  ENETUNREACH: 'NETWORK_UNREACHABLE',
  ETIMEDOUT: 'TIMEOUT',
  UND_ERR_CONNECT_TIMEOUT: 'TIMEOUT',
  UND_ERR_HEADERS_TIMEOUT: 'TIMEOUT',
  UND_ERR_BODY_TIMEOUT: 'TIMEOUT',
};

/** zlib (`Z_DATA_ERROR`, ...) and brotli (`ERR__ERROR_FORMAT_...`) decoder failures. */
const DECODER_CODE = /^(Z_|ERR__ERROR_|ERR_BROTLI_)/;
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_OSSL_|HOSTNAME_MISMATCH)/;

function classifyThrown({ error, url, timedOut, timeoutMs, cancelled }: ErrorOutcome): FetchError {
  const known = findInChain(error, (e) => e instanceof FetchError);
  if (known instanceof FetchError) return known;
  if (cancelled && !timedOut)
    return new FetchError(`fetching ${url} was cancelled`, 'ABORTED', { cause: error });
  if (timedOut) {
    const within = timeoutMs === undefined ? '' : ` within ${timeoutMs} ms`;
    return new FetchError(`${url} did not answer${within}`, 'TIMEOUT', { cause: error });
  }
  const message = describe(error);
  for (const code of errorCodes(error)) {
    const mapped = ERRNO_CODES[code];
    if (mapped) return new FetchError(`${url}: ${message}`, mapped, { cause: error });
    if (DECODER_CODE.test(code))
      return new FetchError(`${url}: ${message}`, 'BAD_ENCODING', { cause: error });
    if (TLS_CODE.test(code)) return new FetchError(`${url}: TLS failed: ${message}`, 'TLS', { cause: error });
  }
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError')
    return new FetchError(`${url} did not answer in time`, 'TIMEOUT', { cause: error });
  if (name === 'AbortError')
    return new FetchError(`fetching ${url} was cancelled`, 'ABORTED', { cause: error });
  return new FetchError(`${url}: ${message}`, 'NETWORK', { cause: error });
}

function findInChain(error: unknown, test: (e: unknown) => boolean): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (test(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Error codes found along the cause chain, outermost first. */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
