// The network policy: which URLs and which connected addresses a fetch accepts. URLs are
// checked before any request (scheme, literal addresses) and every connection is checked
// again in the connector, against the address actually dialled (see connector.ts).

import { isForbiddenAddress, isIpLiteral, isLinkLocalAddress, stripBrackets } from './address';
import { FetchError } from './errors';

export interface NetworkPolicy {
  /**
   * Every private or reserved address is allowed (tests, local mirrors), except link-local ones,
   * where cloud metadata services answer: those need a named `allowedPrivateHosts` entry.
   */
  allowPrivateNetwork: boolean;
  /** `host:port` pairs allowed even when private; matched against the URL host and the address. */
  allowedPrivateHosts: ReadonlySet<string>;
}

export function createPolicy(
  allowPrivateNetwork = false,
  allowedPrivateHosts: readonly string[] = [],
): NetworkPolicy {
  return { allowPrivateNetwork, allowedPrivateHosts: new Set(allowedPrivateHosts.map(normaliseHostPort)) };
}

/** `Host:Port`, `[::1]:80`, `host.:80` → canonical `host:port`; throws on anything else. */
export function normaliseHostPort(entry: string): string {
  const match = /^(\[[^\]]+\]|[^:[\]]+):(\d{1,5})$/.exec(entry.trim());
  const port = Number(match?.[2]);
  if (!match?.[1] || !(port > 0 && port < 65536)) {
    throw new FetchError(`allowedPrivateHosts entries must be "host:port", got "${entry}"`, 'BAD_OPTIONS');
  }
  return formatHostPort(match[1], port);
}

export function formatHostPort(host: string, port: number | string): string {
  const bare = stripBrackets(host).toLowerCase().replace(/\.+$/, '');
  const shown = bare.includes(':') ? `[${bare}]` : bare;
  return `${shown}:${port}`;
}

export function defaultPort(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

/** True when a connection to `address` for `host:port` is allowed under the policy. */
export function isAllowedDestination(
  policy: NetworkPolicy,
  host: string,
  port: number,
  address: string,
): boolean {
  if (!isForbiddenAddress(address)) return true;
  if (policy.allowPrivateNetwork && !isLinkLocalAddress(address)) return true;
  const hosts = policy.allowedPrivateHosts;
  return hosts.has(formatHostPort(host, port)) || hosts.has(formatHostPort(address, port));
}

/** `localhost` and `*.localhost`, with or without trailing dots, are loopback by definition (RFC 6761). */
function isLocalhostName(hostname: string): boolean {
  return /(^|\.)localhost\.*$/i.test(hostname);
}

/** Parses and checks a URL to fetch: http(s) only, and no forbidden IP literal. */
export function checkUrl(raw: string, policy: NetworkPolicy, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchError(`not a valid URL: ${raw}`, 'BAD_URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(
      `only http and https URLs can be fetched, not ${url.protocol} (${raw})`,
      'BAD_SCHEME',
    );
  }
  if (
    isLocalhostName(url.hostname) &&
    !isAllowedDestination(policy, url.hostname, defaultPort(url), '127.0.0.1')
  ) {
    throw new FetchError(`refused to fetch ${url.href}: localhost is loopback`, 'FORBIDDEN_ADDRESS');
  }
  // The WHATWG parser has already turned decimal, hex, octal and short IPv4 forms into a dotted
  // quad, so one check covers every spelling. Names are checked after DNS, in the connector.
  if (
    isIpLiteral(url.hostname) &&
    !isAllowedDestination(policy, url.hostname, defaultPort(url), url.hostname)
  ) {
    throw new FetchError(`refused to fetch ${url.href}: private or reserved address`, 'FORBIDDEN_ADDRESS');
  }
  return url;
}
