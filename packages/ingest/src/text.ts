// Turns the HTML found in feeds into plain text, and sanitises HTML that is kept.
import * as cheerio from 'cheerio';
import sanitizeHtml from 'sanitize-html';

const BLOCK = 'p, div, br, li, h1, h2, h3, h4, h5, h6, tr, blockquote, section, article';

/** Plain text of an HTML fragment, entities decoded once, whitespace folded. */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return foldWhitespace(html);
  const $ = cheerio.load(html, null, false);
  $('script, style, noscript, template').remove();
  $(BLOCK).each((_, el) => {
    $(el).append(' ');
  });
  return foldWhitespace($.root().text());
}

export function foldWhitespace(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Keeps a safe subset of HTML: no script, no event handlers, only http(s) and mailto links. */
export function sanitise(html: string, baseUrl?: string): string {
  return sanitizeHtml(html, {
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
      'h2',
      'h3',
      'h4',
      'img',
      'figure',
      'figcaption',
      'table',
      'thead',
      'tbody',
      'tr',
      'td',
      'th',
    ],
    allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...resolve('href', attribs.href, baseUrl), rel: 'noopener nofollow' },
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...resolve('src', attribs.src, baseUrl) },
      }),
    },
  });
}

function resolve(name: string, value: string | undefined, baseUrl?: string): Record<string, string> {
  if (!value) return {};
  try {
    return { [name]: new URL(value, baseUrl).toString() };
  } catch {
    return { [name]: value };
  }
}
