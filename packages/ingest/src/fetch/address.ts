// Which IP addresses a fetch may connect to. Feeds and pages come from the public internet;
// anything else (loopback, private, link-local, cloud metadata, tunnels that embed such an
// address) is refused so a hostile URL or redirect cannot reach the machine or its network.

import ipaddr from 'ipaddr.js';

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

function parseCidrs(list: string[]): Cidr[] {
  return list.map((cidr) => ipaddr.parseCIDR(cidr));
}

/** IPv4 blocks that are not globally reachable (IANA special-purpose registry). */
const FORBIDDEN_V4 = parseCidrs([
  '0.0.0.0/8', // "this network", unspecified
  '10.0.0.0/8', // private
  '100.64.0.0/10', // carrier-grade NAT
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link-local, cloud metadata
  '172.16.0.0/12', // private
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.2.0/24', // documentation
  '192.88.99.0/24', // 6to4 relay anycast
  '192.168.0.0/16', // private
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24', // documentation
  '203.0.113.0/24', // documentation
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, includes broadcast
]);

/**
 * IPv6 blocks refused outright. Only 2000::/3 is global unicast, so everything outside it is
 * refused unless it embeds an IPv4 address (handled before this list is consulted).
 */
const FORBIDDEN_V6 = parseCidrs([
  '2001::/23', // IETF protocol assignments: Teredo 2001::/32, benchmarking 2001:2::/48, ORCHID
  '2001:db8::/32', // documentation
  '3fff::/20', // documentation
]);
const GLOBAL_V6 = ipaddr.parseCIDR('2000::/3');

/** IPv6 prefixes whose low bits carry an IPv4 address that decides where the packet goes. */
const EMBEDDING_V6: { cidr: Cidr; extract: (bytes: number[]) => number[] }[] = [
  { cidr: ipaddr.parseCIDR('::ffff:0:0/96'), extract: (b) => b.slice(12, 16) }, // IPv4-mapped
  { cidr: ipaddr.parseCIDR('64:ff9b::/96'), extract: (b) => b.slice(12, 16) }, // NAT64
  { cidr: ipaddr.parseCIDR('2002::/16'), extract: (b) => b.slice(2, 6) }, // 6to4
];

function inAny(address: ipaddr.IPv4 | ipaddr.IPv6, cidrs: Cidr[]): boolean {
  return cidrs.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
}

function isForbiddenV4(address: ipaddr.IPv4): boolean {
  return inAny(address, FORBIDDEN_V4);
}

function isForbiddenV6(address: ipaddr.IPv6): boolean {
  const bytes = address.toByteArray();
  for (const { cidr, extract } of EMBEDDING_V6) {
    if (address.match(cidr[0], cidr[1])) return isForbiddenV4(new ipaddr.IPv4(extract(bytes)));
  }
  // IPv4-compatible (::a.b.c.d), unspecified, loopback, ULA, link-local, site-local and
  // multicast all lie outside 2000::/3.
  if (!address.match(GLOBAL_V6[0], GLOBAL_V6[1])) return true;
  return inAny(address, FORBIDDEN_V6);
}

/** Strips the brackets a URL puts around an IPv6 host, and a zone id. */
export function stripBrackets(host: string): string {
  return host.replace(/^\[|\]$/g, '');
}

/** True when `host` is an IP literal (IPv4 dotted quad or IPv6, brackets allowed). */
export function isIpLiteral(host: string): boolean {
  const bare = stripBrackets(host);
  return ipaddr.IPv4.isValidFourPartDecimal(bare) || ipaddr.IPv6.isValid(bare);
}

/**
 * True for every address a fetch must not reach: loopback, private, link-local, CGNAT,
 * unspecified, multicast, broadcast, reserved, benchmarking, documentation, IPv6 ULA,
 * link-local, site-local, IPv4-compatible, Teredo, and IPv4-mapped / NAT64 / 6to4 addresses
 * embedding a forbidden IPv4 address. Anything that is not an IP address is refused too.
 */
export function isForbiddenAddress(address: string): boolean {
  const bare = stripBrackets(address);
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return isForbiddenV4(ipaddr.IPv4.parse(bare));
  if (!ipaddr.IPv6.isValid(bare)) return true;
  return isForbiddenV6(ipaddr.IPv6.parse(dottedTailToHex(bare)));
}

/**
 * `::8.8.8.8` → `::808:808`. ipaddr.js reads any `::a.b.c.d` as IPv4-mapped, which would let an
 * IPv4-compatible address pass as mapped-public; rewriting the tail in hex keeps them apart.
 */
function dottedTailToHex(address: string): string {
  const match = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  if (!match) return address;
  const [a, b, c, d] = match.slice(2).map(Number) as [number, number, number, number];
  const hex = (high: number, low: number) => ((high << 8) | low).toString(16);
  return `${match[1]}${hex(a, b)}:${hex(c, d)}`;
}

const LINK_LOCAL_V4 = ipaddr.parseCIDR('169.254.0.0/16');
const LINK_LOCAL_V6 = ipaddr.parseCIDR('fe80::/10');

/**
 * True for link-local addresses in any spelling (169.254.0.0/16, fe80::/10, and IPv4-mapped,
 * NAT64 or 6to4 forms of 169.254.x.x): where cloud metadata services answer. The explicit
 * allowance for tests and local mirrors does not open them; only a named `host:port` does.
 */
export function isLinkLocalAddress(address: string): boolean {
  const bare = stripBrackets(address);
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return ipaddr.IPv4.parse(bare).match(LINK_LOCAL_V4);
  if (!ipaddr.IPv6.isValid(bare)) return false;
  const v6 = ipaddr.IPv6.parse(dottedTailToHex(bare));
  for (const { cidr, extract } of EMBEDDING_V6) {
    if (v6.match(cidr[0], cidr[1])) return new ipaddr.IPv4(extract(v6.toByteArray())).match(LINK_LOCAL_V4);
  }
  return v6.match(LINK_LOCAL_V6);
}
