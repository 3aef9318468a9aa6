// What Atom needs beyond rss-parser: xml:base and xml:lang per entry (rss-parser drops
// attributes of <entry>), dates kept as written, and the `type` of text constructs, which says
// whether a title or summary is plain text, escaped HTML or inline XHTML (RFC 4287, 3.1).
import { textOf } from './xml-value';

export interface AtomAttributes {
  feedBase: string | null;
  feedLanguage: string | null;
  entries: Array<{ base: string | null; language: string | null }>;
}

function attribute(tag: string, name: string): string | null {
  return (
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
      .exec(tag)
      ?.slice(1)
      .find((v) => v !== undefined) ?? null
  );
}

/** xml:base and xml:lang of the feed and of each entry, in document order. */
export function readAtomAttributes(xml: string): AtomAttributes {
  const feedTag = /<(?:\w+:)?feed\b[^>]*>/.exec(xml)?.[0] ?? '';
  const entries = [...xml.matchAll(/<(?:\w+:)?entry\b[^>]*>/g)].map(([tag]) => ({
    base: attribute(tag, 'xml:base'),
    language: attribute(tag, 'xml:lang'),
  }));
  return { feedBase: attribute(feedTag, 'xml:base'), feedLanguage: attribute(feedTag, 'xml:lang'), entries };
}

export function renameAtomDates(xml: string): string {
  return xml.replace(/<(\/?)(published|updated)(\s*>)/g, '<$1mipas-$2$3');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/**
 * An Atom text construct as HTML for the item builder: `type="html"` is HTML already; `text`
 * (the default) is escaped so that its `&` and `<` stay literal. Inline XHTML is left to
 * rss-parser's rendering (null here).
 */
export function atomText(raw: unknown): string | null {
  const first = Array.isArray(raw) ? raw[0] : undefined;
  if (typeof first === 'string') return escapeText(first);
  const type = (first as { $?: { type?: unknown } } | undefined)?.$?.type;
  const text = textOf(first);
  if (text === null) return null;
  if (type === 'html' || type === 'text/html') return text;
  if (type === undefined || type === 'text' || type === 'text/plain') return escapeText(text);
  return null;
}
