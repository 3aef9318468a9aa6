// URL canonicalisation: one spelling per article, so the same story fetched through two links
// (tracking parameters, upper-case host, fragment) is recognised as one.

const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
  '_hsenc',
  '_hsmi',
  'ref',
  'ref_src',
  'cmpid',
  'at_medium',
  'at_campaign',
  'ocid',
  'spm',
  'sr_share',
  'mkt_tok',
  '_ga',
  'gclsrc',
  'xtor',
  'ito',
  'ns_source',
  'ns_mchannel',
  'ns_campaign',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('pk_') || TRACKING_PARAMS.has(lower);
}

/** Returns the canonical form of an absolute http(s) URL, or null if it is not one. */
export function canonicaliseUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  if ((url.protocol === 'http:' && url.port === '80') || (url.protocol === 'https:' && url.port === '443')) {
    url.port = '';
  }
  if (url.search) {
    const kept = [...url.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
    kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  }
  if (url.pathname !== '/' && url.pathname.endsWith('/')) url.pathname = url.pathname.slice(0, -1);
  return url.toString();
}
