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

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const WHITESPACE_RUN = /\s{2,}|[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/** Control characters removed, each whitespace run made one space, ends trimmed. */
export function foldWhitespace(text: string): string {
  const clean = CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
  // Replacing only runs and non-space whitespace leaves single spaces, the common case, alone.
  return clean.replace(WHITESPACE_RUN, ' ').trim();
}

const TEXT_SPECIAL = /[&<>\u00a0]/g;
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };

function escapeTextChar(c: string): string {
  return TEXT_ESCAPES[c] as string;
}

/** Escapes plain text for use as HTML. */
export function textToHtml(text: string): string {
  TEXT_SPECIAL.lastIndex = 0;
  return TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIAL, escapeTextChar) : text;
}
