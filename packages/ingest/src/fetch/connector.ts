// The connector every fetch connects through. It resolves the host itself, checks every
// resolved address against the network policy, and dials the checked address: there is no
// second lookup an attacker's DNS could answer differently (DNS rebinding), and a refused
// address never sees a connection attempt.

import { lookup } from 'node:dns/promises';
import { Agent, buildConnector } from 'undici';
import { isIpLiteral, stripBrackets } from './address';
import { FetchError } from './errors';
import { isAllowedDestination, type NetworkPolicy } from './policy';

const CONNECT_TIMEOUT_MS = 10_000;

/** Resolves `hostname` and returns the address to dial, or throws FORBIDDEN_ADDRESS. */
export async function resolveAllowedAddress(
  policy: NetworkPolicy,
  hostname: string,
  port: number,
): Promise<string> {
  const bare = stripBrackets(hostname);
  const addresses = isIpLiteral(bare)
    ? [bare]
    : (await lookup(bare, { all: true, verbatim: true })).map((a) => a.address);
  // One forbidden answer refuses the host: a name that mixes public and private answers is how
  // rebinding attacks pick whichever address the victim happens to try.
  const refused = addresses.find((address) => !isAllowedDestination(policy, bare, port, address));
  if (refused !== undefined) {
    throw new FetchError(
      `refused to connect to ${hostname} (${refused}): private or reserved address`,
      'FORBIDDEN_ADDRESS',
    );
  }
  const first = addresses[0];
  if (first === undefined) throw new FetchError(`no address for ${hostname}`, 'DNS');
  return first;
}

function createGuardedConnector(policy: NetworkPolicy): buildConnector.connector {
  const dial = buildConnector({ timeout: CONNECT_TIMEOUT_MS });
  return (options, callback) => {
    const port = Number(options.port) || (options.protocol === 'https:' ? 443 : 80);
    resolveAllowedAddress(policy, options.hostname, port).then(
      (address) => {
        // Dial the checked address; TLS still verifies the certificate against the name.
        const servername =
          options.servername || (isIpLiteral(options.hostname) ? undefined : options.hostname);
        dial({ ...options, hostname: address, servername }, callback);
      },
      (error: Error) => callback(error, null),
    );
  };
}

const MAX_AGENTS = 32;
const agents = new Map<string, Agent>();

/** One undici Agent per policy; each keeps its own pools, so hosts run in parallel. */
export function agentFor(policy: NetworkPolicy): Agent {
  const key = `${policy.allowPrivateNetwork}|${[...policy.allowedPrivateHosts].sort().join(',')}`;
  let agent = agents.get(key);
  if (!agent) {
    if (agents.size >= MAX_AGENTS) evictOldestAgent();
    // The host queue sends one request at a time per host, so one connection per origin is
    // enough; more would only open sockets that sit idle. Origins are not limited in number.
    agent = new Agent({ connect: createGuardedConnector(policy), connections: 1 });
    agents.set(key, agent);
  }
  return agent;
}

function evictOldestAgent(): void {
  const [oldestKey, oldest] = agents.entries().next().value ?? [];
  if (oldestKey === undefined || !oldest) return;
  agents.delete(oldestKey);
  oldest.close().catch(() => undefined);
}
