// The connector every fetch connects through. It resolves the host itself, checks every
// resolved address against the network policy, and hands exactly the checked addresses to the
// socket's lookup: there is no second DNS query an attacker could answer differently (DNS
// rebinding), and a refused address never sees a connection attempt.

import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { stripBrackets } from './address';
import { FetchError } from './errors';
import { isAllowedDestination, type NetworkPolicy } from './policy';

const CONNECT_TIMEOUT_MS = 10_000;

/** Resolves `hostname` and returns its addresses, or throws FORBIDDEN_ADDRESS if any is refused. */
export async function resolveAllowedAddresses(
  policy: NetworkPolicy,
  hostname: string,
  port: number,
): Promise<LookupAddress[]> {
  const bare = stripBrackets(hostname);
  const family = isIP(bare);
  const addresses = family ? [{ address: bare, family }] : await lookup(bare, { all: true, verbatim: true });
  // One forbidden answer refuses the host: a name that mixes public and private answers is how
  // rebinding attacks pick whichever address the victim happens to try.
  const refused = addresses.find(({ address }) => !isAllowedDestination(policy, bare, port, address));
  if (refused !== undefined) {
    throw new FetchError(
      `refused to connect to ${hostname} (${refused.address}): private or reserved address`,
      'FORBIDDEN_ADDRESS',
    );
  }
  if (addresses.length === 0) throw new FetchError(`no address for ${hostname}`, 'DNS');
  return addresses;
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** A socket `lookup` that answers with addresses already checked, never asking DNS again. */
function answerWith(addresses: LookupAddress[]) {
  return (_hostname: string, options: { all?: boolean }, callback: LookupCallback) => {
    const [first] = addresses;
    if (options.all) callback(null, addresses);
    else if (first) callback(null, first.address, first.family);
  };
}

function createGuardedConnector(policy: NetworkPolicy): buildConnector.connector {
  return (options, callback) => {
    const port = Number(options.port) || (options.protocol === 'https:' ? 443 : 80);
    resolveAllowedAddresses(policy, options.hostname, port).then(
      (addresses) => {
        // Built per connection so its lookup serves this host's checked addresses; with several
        // the socket still races them (happy eyeballs), and TLS verifies the name as usual.
        const dial = buildConnector({
          timeout: CONNECT_TIMEOUT_MS,
          lookup: answerWith(addresses),
          autoSelectFamily: addresses.length > 1,
        });
        dial(options, callback);
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
