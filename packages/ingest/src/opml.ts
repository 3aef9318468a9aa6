// Reads and writes OPML 2.0 subscription lists. Nested outlines become a category path
// ("Europe/Lithuania"); an outline that should be a feed but has no usable xmlUrl is reported in
// `errors` and the rest of the list is still read.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ParseError } from './errors';
import { absoluteUrl } from './item-builder';
import { stripDoctype } from './xml-guard';

export interface OpmlOutline {
  title: string;
  xmlUrl: string;
  htmlUrl: string | null;
  /** Path of the enclosing outlines' titles, joined with "/", or the `category` attribute. */
  category: string | null;
}

export interface OpmlResult {
  title: string | null;
  outlines: OpmlOutline[];
  errors: string[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'outline',
});

function attr(node: Node, name: string): string | null {
  const value = node[`@${name}`];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function outlinesOf(node: Node): Node[] {
  const children = node.outline;
  return Array.isArray(children)
    ? children.filter((c): c is Node => typeof c === 'object' && c !== null)
    : [];
}

function walk(nodes: Node[], path: string[], result: OpmlResult): void {
  for (const node of nodes) {
    const title = attr(node, 'title') ?? attr(node, 'text');
    const rawUrl = attr(node, 'xmlUrl');
    const children = outlinesOf(node);
    if (rawUrl) {
      const xmlUrl =
        absoluteUrl(rawUrl, 'http://invalid.invalid/') && /^https?:\/\//i.test(rawUrl) ? rawUrl : null;
      if (!xmlUrl) result.errors.push(`outline "${title ?? '?'}": xmlUrl "${rawUrl}" is not an http(s) URL`);
      else {
        const category = path.length ? path.join('/') : attr(node, 'category');
        result.outlines.push({ title: title ?? xmlUrl, xmlUrl, htmlUrl: attr(node, 'htmlUrl'), category });
      }
    } else if (!children.length) {
      const type = attr(node, 'type');
      if (type && /rss|atom|feed/i.test(type))
        result.errors.push(`outline "${title ?? '?'}" of type ${type} has no xmlUrl`);
    }
    if (children.length) walk(children, title ? [...path, title] : path, result);
  }
}

export function parseOpml(xml: string): OpmlResult {
  const { xml: clean } = stripDoctype(xml);
  const valid = XMLValidator.validate(clean);
  if (valid !== true) {
    throw new ParseError(
      `OPML could not be read: ${valid.err.msg} (line ${valid.err.line})`,
      'MALFORMED_XML',
    );
  }
  let doc: Node;
  try {
    doc = parser.parse(clean) as Node;
  } catch (err) {
    throw new ParseError(`OPML could not be read: ${(err as Error).message}`, 'MALFORMED_XML');
  }
  const opml = doc.opml as Node | undefined;
  const body = opml?.body as Node | undefined;
  if (!opml || typeof body !== 'object' || body === null)
    throw new ParseError('not an OPML document (no <opml><body>)', 'NOT_A_FEED');
  const head = opml.head as Node | undefined;
  const title = typeof head?.title === 'string' ? head.title : null;
  const result: OpmlResult = { title, outlines: [], errors: [] };
  walk(outlinesOf(body), [], result);
  return result;
}

export interface OpmlFeed {
  title: string;
  xmlUrl: string;
  htmlUrl?: string | null;
  category?: string | null;
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function feedOutline(feed: OpmlFeed, indent: string): string {
  const html = feed.htmlUrl ? ` htmlUrl="${escapeAttr(feed.htmlUrl)}"` : '';
  const title = escapeAttr(feed.title);
  return `${indent}<outline type="rss" text="${title}" title="${title}" xmlUrl="${escapeAttr(feed.xmlUrl)}"${html}/>`;
}

/** OPML 2.0 listing the feeds, grouped into one outline per category. */
export function buildOpml(feeds: readonly OpmlFeed[], title: string): string {
  const groups = new Map<string, OpmlFeed[]>();
  for (const feed of feeds) {
    const key = feed.category ?? '';
    groups.set(key, [...(groups.get(key) ?? []), feed]);
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${escapeAttr(title)}</title></head>`,
    '  <body>',
  ];
  for (const [category, members] of groups) {
    if (!category) {
      lines.push(...members.map((f) => feedOutline(f, '    ')));
      continue;
    }
    lines.push(`    <outline text="${escapeAttr(category)}" title="${escapeAttr(category)}">`);
    lines.push(...members.map((f) => feedOutline(f, '      ')));
    lines.push('    </outline>');
  }
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}
