// The catalogue of fetch failures. Every failure a fetch can end in has one code here, a
// decision telling the caller what to do next, and an explanation a person can act on. The
// pipeline stores the code and message in `fetch_runs` and acts on the decision.

import type { FetchTrace } from './trace';

/**
 * What the caller should do after a failure:
 * - `retry-later`: a transient glitch; poll again on the normal schedule (failures still count
 *   towards the source's back-off).
 * - `back-off`: the server is struggling or asked us to slow down; wait at least
 *   `retryAfterMs` when present and back off exponentially.
 * - `give-up`: retrying the same URL will not help until someone changes something (the URL,
 *   the server, our policy); stop retrying this attempt and surface the explanation.
 * - `disable`: the resource is gone for good; disable the source.
 */
export type FetchDecision = 'retry-later' | 'back-off' | 'give-up' | 'disable';

interface CatalogueEntry {
  decision: FetchDecision;
  explanation: string;
}

export const FETCH_ERROR_CATALOGUE = {
  BAD_OPTIONS: { decision: 'give-up', explanation: 'The fetch was called with invalid options.' },
  BAD_URL: { decision: 'give-up', explanation: 'The URL cannot be parsed; fix it in the source definition.' },
  BAD_SCHEME: { decision: 'give-up', explanation: 'Only http: and https: URLs are fetched.' },
  FORBIDDEN_ADDRESS: {
    decision: 'give-up',
    explanation:
      'The host is or resolves to a private, loopback or reserved address, which the network policy refuses.',
  },
  ROBOTS_DISALLOWED: {
    decision: 'give-up',
    explanation: "The site's robots.txt disallows this page for our crawler.",
  },
  ROBOTS_UNAVAILABLE: {
    decision: 'retry-later',
    explanation:
      'robots.txt could not be read (server error or unreachable), so scraping waits until it can be.',
  },
  DNS: {
    decision: 'back-off',
    explanation: 'The host name does not resolve; check the URL or wait for DNS to recover.',
  },
  DNS_TEMPORARY: { decision: 'retry-later', explanation: 'DNS resolution failed temporarily.' },
  CONNECTION_REFUSED: {
    decision: 'back-off',
    explanation: 'The server refused the connection; it may be down.',
  },
  CONNECTION_RESET: {
    decision: 'retry-later',
    explanation: 'The connection was closed or reset mid-exchange.',
  },
  NETWORK_UNREACHABLE: {
    decision: 'retry-later',
    explanation: 'The network or host is unreachable from here.',
  },
  TLS: {
    decision: 'give-up',
    explanation:
      'The TLS handshake failed (invalid, expired or self-signed certificate); the site must fix it.',
  },
  TIMEOUT: {
    decision: 'retry-later',
    explanation: 'The server did not finish answering within the deadline.',
  },
  ABORTED: { decision: 'retry-later', explanation: 'The caller cancelled the fetch.' },
  TOO_LARGE: {
    decision: 'give-up',
    explanation: 'The response exceeded the byte cap on the wire or after decompression.',
  },
  BAD_ENCODING: {
    decision: 'retry-later',
    explanation: 'The compressed body is corrupt or uses an unsupported content-encoding.',
  },
  TOO_MANY_REDIRECTS: { decision: 'give-up', explanation: 'The URL redirected more than 5 times.' },
  BAD_REDIRECT: { decision: 'give-up', explanation: 'A redirect had no usable Location header.' },
  EMPTY_BODY: {
    decision: 'retry-later',
    explanation: 'The server answered successfully but sent no content.',
  },
  HTTP_UNAUTHORIZED: { decision: 'give-up', explanation: 'The server requires authentication (HTTP 401).' },
  HTTP_FORBIDDEN: {
    decision: 'give-up',
    explanation: 'The server refuses access (HTTP 403); it may block crawlers.',
  },
  NOT_FOUND: {
    decision: 'give-up',
    explanation: 'The resource does not exist (HTTP 404); the URL may have moved.',
  },
  GONE: { decision: 'disable', explanation: 'The server says the resource is gone for good (HTTP 410).' },
  HTTP_CLIENT: { decision: 'give-up', explanation: 'The server rejected the request (HTTP 4xx).' },
  RATE_LIMITED: {
    decision: 'back-off',
    explanation: 'The server is rate limiting us (HTTP 429); wait at least Retry-After.',
  },
  UNAVAILABLE: {
    decision: 'back-off',
    explanation: 'The server is temporarily unavailable (HTTP 503); wait at least Retry-After.',
  },
  HTTP_SERVER: { decision: 'back-off', explanation: 'The server failed (HTTP 5xx).' },
  NETWORK: { decision: 'retry-later', explanation: 'An unexpected network error.' },
} as const satisfies Record<string, CatalogueEntry>;

export type FetchErrorCode = keyof typeof FETCH_ERROR_CATALOGUE;

export interface FetchErrorDetails {
  status?: number;
  retryAfterMs?: number;
  cause?: unknown;
  trace?: FetchTrace;
}

/** The only error `fetchResource` throws: a catalogue code, the decision, and what happened. */
export class FetchError extends Error {
  readonly code: FetchErrorCode;
  readonly decision: FetchDecision;
  readonly explanation: string;
  readonly status?: number;
  readonly retryAfterMs?: number;
  /** What the attempt got to before failing, for `fetch_runs`. Set by `fetchResource`. */
  trace?: FetchTrace;

  constructor(message: string, code: FetchErrorCode, details: FetchErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FetchError';
    this.code = code;
    const entry: CatalogueEntry = FETCH_ERROR_CATALOGUE[code];
    this.decision = entry.decision;
    this.explanation = entry.explanation;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    if (details.trace) this.trace = details.trace;
  }
}
