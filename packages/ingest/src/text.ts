// Turns the HTML found in feeds into plain text, and sanitises HTML that is kept. Both run on
// every item, so both skip the HTML machinery when the input holds no markup: text extraction
// never builds a DOM (its output is text, so a tag-stripping pass is enough), and sanitising
// only calls sanitize-html when there is a tag to judge.
import { decodeHTML, escapeText } from 'entities';
import sanitizeHtml from 'sanitize-html';

const DROPPED_ELEMENTS =
  /<(script|style|noscript|template|iframe|object|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g;
const DECLARATION = /<[!?][^>]*>/g;
const BLOCK_TAGS = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table blockquote section article header footer figure figcaption pre hr dd dt'.split(
    ' ',
  ),
);

/** Plain text of an HTML fragment: tags dropped, entities decoded exactly once, whitespace folded. */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  let text = html;
  if (text.includes('<')) {
    text = text
      .replace(COMMENT, ' ')
      .replace(DROPPED_ELEMENTS, ' ')
      .replace(TAG, (_tag, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? ' ' : ''))
      .replace(DECLARATION, ' ');
  }
  if (text.includes('&')) text = decodeHTML(text);
  return foldWhitespace(text);
}

export function foldWhitespace(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes plain text for use as HTML. */
export function textToHtml(text: string): string {
  return escapeText(text);
}

const SANITISE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'a',
    'ul',
    'ol',
    'li',
    'b',
    'strong',
    'i',
    'em',
    'blockquote',
    'q',
    'cite',
    'h2',
    'h3',
    'h4',
    'img',
    'figure',
    'figcaption',
    'table',
    'caption',
    'thead',
    'tbody',
    'tr',
    'td',
    'th',
    'pre',
    'code',
    'sub',
    'sup',
    'hr',
    'dl',
    'dt',
    'dd',
  ],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  // Their text is code or chrome, not article text: drop it with the tag.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'template',
    'object',
    'svg',
    'math',
  ],
};

/**
 * Keeps a safe subset of HTML: no script, style, iframe or event handler, only http(s) and
 * mailto links. Relative links resolve against `baseUrl` (xml:base or the item's own link).
 */
export function sanitise(html: string, baseUrl?: string): string {
  if (!html.includes('<')) return escapeText(html.includes('&') ? decodeHTML(html) : html).trim();
  return sanitizeHtml(html, {
    ...SANITISE_OPTIONS,
    transformTags: {
      h1: 'h2',
      div: 'p',
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...resolve('href', attribs.href, baseUrl), rel: 'noopener nofollow' },
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...resolve('src', attribs.src, baseUrl) },
      }),
    },
    allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt'] },
  }).trim();
}

function resolve(name: string, value: string | undefined, baseUrl?: string): Record<string, string> {
  if (!value) return {};
  try {
    return { [name]: new URL(value.trim(), baseUrl).toString() };
  } catch {
    return { [name]: value };
  }
}
