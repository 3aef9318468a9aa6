// Turns the HTML found in feeds into plain text (sanitising HTML that is kept is in
// sanitise.ts). This runs on every title, summary and body, so it never builds a DOM: its output
// is text, so a tag-stripping pass is enough.
import { decodeHTML } from 'entities';

import { BLOCK_TAGS } from './html-names';

const DROPPED_ELEMENTS =
  /<(script|style|noscript|template|iframe|object|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const MAY_HOLD_DROPPED = /<(?:script|style|noscript|template|iframe|object|svg|math)\b/i;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g;
const DECLARATION = /<[!?][^>]*>/g;

/** Plain text of an HTML fragment: tags dropped, entities decoded exactly once, whitespace folded. */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  let text = html;
  if (text.includes('<')) {
    // Each pass runs only when its construct can be present: most titles and bodies hold none.
    if (text.includes('<!--')) text = text.replace(COMMENT, ' ');
    if (MAY_HOLD_DROPPED.test(text)) text = text.replace(DROPPED_ELEMENTS, ' ');
    text = text.replace(TAG, (_tag, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? ' ' : ''));
    if (text.includes('<!') || text.includes('<?')) text = text.replace(DECLARATION, ' ');
  }
  if (text.includes('&')) text = decodeHTML(text);
  return foldWhitespace(text);
}

/**
 * What folding changes: a run of two or more whitespace or control characters, or one that is
 * not a plain space. Controls (C0 but tab, line feed, carriage return; DEL) are removed and
 * every whitespace run becomes one space, so a run becomes one space when it holds whitespace
 * and nothing when it holds only controls.
 */
const FOLDED =
  /[\s\u0000-\u0008\u000e-\u001f\u007f]{2,}|[\t\n\r\u000b\u000c\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0000-\u0008\u000e-\u001f\u007f]/g;
const NOT_CONTROL = /[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function foldRun(run: string): string {
  return NOT_CONTROL.test(run) ? ' ' : '';
}

/**
 * Control characters removed, each whitespace run made one space, ends trimmed. One scan:
 * single spaces between words, the common case, do not match and are left alone.
 */
export function foldWhitespace(text: string): string {
  return text.replace(FOLDED, foldRun).trim();
}

const TEXT_SPECIAL = /[&<>\u00a0]/g;
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };

function escapeTextChar(c: string): string {
  return TEXT_ESCAPES[c] as string;
}

/**
 * Escapes plain text for use as HTML. Most text holds none of the four characters, and four
 * `indexOf` scans tell that sooner than one regular expression.
 */
export function textToHtml(text: string): string {
  if (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0 && text.indexOf('\u00a0') < 0)
    return text;
  return text.replace(TEXT_SPECIAL, escapeTextChar);
}
