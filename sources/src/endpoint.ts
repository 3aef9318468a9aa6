// Turns a catalogued endpoint into the URL to fetch, filling query parameters that come from
// configuration (an API key or an approved app name is never written into the catalogue).
import type { SourceEndpoint } from './types';

export class MissingSourceConfigError extends Error {
  constructor(
    readonly variable: string,
    url: string,
  ) {
    super(`${variable} is not set; it is needed to fetch ${url}`);
    this.name = 'MissingSourceConfigError';
  }
}

/** The endpoint's URL with its `configParams` filled from `env`; throws if one is unset. */
export function endpointUrl(
  endpoint: SourceEndpoint,
  env: Record<string, string | undefined> = process.env,
): string {
  const url = new URL(endpoint.url);
  for (const [param, variable] of Object.entries(endpoint.configParams ?? {})) {
    const value = env[variable]?.trim();
    if (!value) throw new MissingSourceConfigError(variable, endpoint.url);
    url.searchParams.set(param, value);
  }
  return url.toString();
}
