// `fetchResource`: the one way Mipas fetches anything over HTTP. It follows redirects by hand
// (each hop re-checked by the network policy), waits its turn per host, sends validators,
// reads the body under byte caps, and turns every failure into a classified `FetchError`
// carrying a trace of what happened, for `fetch_runs`.

import { type Dispatcher, request } from 'undici';
import { hostKeyOf, hostQueue, type ReleaseHost } from '../hosts';
import { checkRobots } from '../robots';
import { ACCEPT_ENCODING, readBody } from './body';
import { classifyFetchOutcome } from './classify';
import { agentFor } from './connector';
import { Deadline } from './deadline';
import { FetchError } from './errors';
import { firstHeader, flattenHeaders } from './headers';
import {
  DEFAULT_ACCEPT,
  type FetchOptions,
  type FetchResult,
  type FetchSettings,
  MAX_REDIRECTS,
  resolveSettings,
  USER_AGENT,
} from './options';
import { checkUrl } from './policy';
import { fetchRobotsFile } from './robots-file';
import { type FetchTrace, startTrace } from './trace';

interface Exchange {
  options: FetchOptions;
  settings: FetchSettings;
  trace: FetchTrace;
  deadline: Deadline;
  startedAt: number;
}

/** Fetches a URL under the network policy and politeness rules; throws only `FetchError`. */
export async function fetchResource(rawUrl: string, options: FetchOptions = {}): Promise<FetchResult> {
  const startedAt = performance.now();
  const trace = startTrace(rawUrl);
  let deadline: Deadline | undefined;
  try {
    const settings = resolveSettings(options);
    deadline = new Deadline(settings.timeoutMs, options.signal);
    return await followRedirects(rawUrl, { options, settings, trace, deadline, startedAt });
  } catch (error) {
    const failure = classifyFetchOutcome({
      error,
      url: trace.url,
      timedOut: deadline?.expired,
      timeoutMs: deadline?.ms,
      cancelled: options.signal?.aborted,
    });
    failure.trace = finishTrace(trace, startedAt);
    throw failure;
  } finally {
    deadline?.clear();
  }
}

function finishTrace(trace: FetchTrace, startedAt: number): FetchTrace {
  trace.totalMs = Math.round(performance.now() - startedAt);
  return trace;
}

async function followRedirects(rawUrl: string, exchange: Exchange): Promise<FetchResult> {
  const { settings, trace } = exchange;
  let url = checkUrl(rawUrl, settings.policy);
  let permanentSoFar = true;
  for (let hop = 0; ; hop++) {
    trace.url = url.href;
    const { response, release } = await sendRequest(url, exchange);
    try {
      const location = redirectLocation(response);
      if (location === undefined) return await finishResponse(url, response, exchange);
      await discardBody(response.body);
      if (hop >= MAX_REDIRECTS) {
        throw new FetchError(
          `${trace.requestedUrl} redirected more than ${MAX_REDIRECTS} times`,
          'TOO_MANY_REDIRECTS',
        );
      }
      const next = checkUrl(location, settings.policy, url);
      trace.redirects++;
      // Only an unbroken chain of permanent redirects may replace the stored URL.
      permanentSoFar &&= response.statusCode === 301 || response.statusCode === 308;
      if (permanentSoFar) trace.permanentRedirect = next.href;
      url = next;
    } finally {
      release();
    }
  }
}

function redirectLocation(response: Dispatcher.ResponseData): string | undefined {
  const { statusCode } = response;
  if (statusCode < 300 || statusCode >= 400 || statusCode === 304) return undefined;
  const location = firstHeader(response.headers.location);
  return location?.trim() ? location.trim() : undefined;
}

async function sendRequest(
  url: URL,
  { options, settings, trace, deadline, startedAt }: Exchange,
): Promise<{ response: Dispatcher.ResponseData; release: ReleaseHost }> {
  let delayMs = settings.hostDelayMs;
  if (settings.respectRobots) {
    const { crawlDelayMs } = await checkRobots(url, (robotsUrl) =>
      fetchRobotsFile(robotsUrl, options, fetchResource),
    );
    delayMs = Math.max(delayMs, crawlDelayMs ?? 0);
  }
  const queuedAt = performance.now();
  const release = await hostQueue.acquire(hostKeyOf(url), delayMs, deadline.signal);
  trace.queuedMs += Math.round(performance.now() - queuedAt);
  deadline.start();
  try {
    const response = await request(url, {
      method: 'GET',
      dispatcher: agentFor(settings.policy),
      headers: requestHeaders(options),
      signal: deadline.signal,
      headersTimeout: settings.timeoutMs,
      bodyTimeout: settings.timeoutMs,
    });
    trace.status = response.statusCode;
    trace.headersMs = Math.round(performance.now() - startedAt);
    return { response, release };
  } catch (error) {
    release();
    throw error;
  }
}

function requestHeaders(options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: options.accept ?? DEFAULT_ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return headers;
}

async function finishResponse(
  url: URL,
  response: Dispatcher.ResponseData,
  { options, settings, trace, deadline, startedAt }: Exchange,
): Promise<FetchResult> {
  const headers = flattenHeaders(response.headers);
  const status = response.statusCode;
  const notModified = status === 304;
  let body: Buffer = Buffer.alloc(0);
  if (notModified || status >= 300) {
    await discardBody(response.body);
  } else {
    const limits = {
      maxWireBytes: settings.maxBytes,
      maxDecodedBytes: settings.maxDecodedBytes,
      signal: deadline.signal,
      url: url.href,
    };
    body = await readBody(response.body, headers, limits, trace);
  }
  const failure = classifyFetchOutcome({
    status,
    url: url.href,
    bodyBytes: notModified || status >= 300 ? undefined : body.length,
    retryAfter: headers['retry-after'],
  });
  if (failure) throw failure;
  return {
    ...finishTrace(trace, startedAt),
    status,
    url: url.href,
    headers,
    body,
    notModified,
    // A 304 may omit validators; the ones sent are still current then.
    etag: headers.etag ?? (notModified ? (options.etag ?? null) : null),
    lastModified: headers['last-modified'] ?? (notModified ? (options.lastModified ?? null) : null),
  };
}

/** Drains a small unwanted body so the connection can be reused; larger ones are cut. */
async function discardBody(body: Dispatcher.ResponseData['body']): Promise<void> {
  await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}
