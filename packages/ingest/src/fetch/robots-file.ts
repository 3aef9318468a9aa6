// Reads robots.txt for the robots check. The fetch function is passed in (it is
// `fetchResource`), so robots.txt goes through the same policy, deadline and host queue.

import type { RobotsFile } from '../robots';
import type { FetchError } from './errors';
import type { FetchOptions, FetchResult } from './options';

const ROBOTS_MAX_BYTES = 512 * 1024;

/** Reads robots.txt through the same guarded path; maps the outcome per RFC 9309. */
export async function fetchRobotsFile(
  robotsUrl: string,
  options: FetchOptions,
  fetch: (url: string, options: FetchOptions) => Promise<FetchResult>,
): Promise<RobotsFile> {
  try {
    const result = await fetch(robotsUrl, {
      allowPrivateNetwork: options.allowPrivateNetwork,
      allowedPrivateHosts: options.allowedPrivateHosts,
      hostDelayMs: options.hostDelayMs,
      signal: options.signal,
      timeoutMs: Math.min(options.timeoutMs ?? 20_000, 10_000),
      maxBytes: ROBOTS_MAX_BYTES,
      maxDecodedBytes: ROBOTS_MAX_BYTES,
      accept: 'text/plain',
    });
    // RFC 9309 makes robots.txt UTF-8, so no charset sniffing is needed here.
    return { kind: 'rules', text: result.body.toString('utf8') };
  } catch (error) {
    const failure = error as FetchError;
    if (failure.code === 'ABORTED') throw failure;
    const status = failure.status ?? 0;
    if (failure.code === 'EMPTY_BODY' || (status >= 400 && status < 500 && status !== 429))
      return { kind: 'allow-all' };
    return { kind: 'unavailable', reason: `${failure.code}: ${failure.message}` };
  }
}
