// HTTP fetching for feeds and pages. The implementation lives in ./fetch (one concern per
// file); this module is the public surface re-exported by the package index.

export { isForbiddenAddress } from './fetch/address';
export { classifyFetchOutcome, type FetchOutcome } from './fetch/classify';
export {
  FETCH_ERROR_CATALOGUE,
  type FetchDecision,
  FetchError,
  type FetchErrorCode,
} from './fetch/errors';
export { fetchResource } from './fetch/fetch-resource';
export { type FetchOptions, type FetchResult, MAX_REDIRECTS, USER_AGENT } from './fetch/options';
export { parseRetryAfter } from './fetch/retry-after';
export type { FetchTrace } from './fetch/trace';
export { defaultHostDelayMs, hostKeyOf } from './hosts';
export { clearRobotsCache, ROBOTS_AGENT } from './robots';
