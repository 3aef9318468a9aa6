// Tells what a decoded document is from its first bytes: an XML feed, a JSON Feed, an HTML page
// or something else. The content type only breaks ties; servers often label feeds text/html
// and pages text/xml.

export type SniffedKind = 'xml-feed' | 'jsonfeed' | 'html' | 'other-xml' | 'other-json' | 'empty' | 'unknown';

const PREAMBLE = /(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/iy;
const ROOT = /<([A-Za-z_][\w:.-]*)/y;
const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf', 'rdf']);
const HTML_ROOTS = new Set(['html', 'head', 'body', 'div', 'meta', 'title', 'link', 'script', 'p', 'a']);

/** Name of the first element, lower-cased, after the prolog, comments and DOCTYPE. */
export function rootElementName(text: string): string | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  PREAMBLE.lastIndex = start;
  const skipped = PREAMBLE.exec(text)?.[0].length ?? 0;
  ROOT.lastIndex = start + skipped;
  return ROOT.exec(text)?.[1]?.toLowerCase() ?? null;
}

export function sniffKind(text: string, contentType?: string): SniffedKind {
  const start = text
    .slice(0, 512)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (!start) return 'empty';
  if (start.startsWith('{') || start.startsWith('[')) {
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(text.slice(0, 4096))
      ? 'jsonfeed'
      : 'other-json';
  }
  if (/^<!doctype\s+html/i.test(start)) return 'html';
  const root = rootElementName(text);
  if (root && FEED_ROOTS.has(root)) return 'xml-feed';
  if (root && HTML_ROOTS.has(root)) return 'html';
  if (root) return /html/i.test(contentType ?? '') ? 'html' : 'other-xml';
  return 'unknown';
}
