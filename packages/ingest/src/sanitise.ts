// Reduces feed HTML to a safe subset before it is stored. The output is rebuilt from parser
// events, never copied from the input: only allow-listed tags and attributes are written,
// attribute values and text are escaped, and link targets must resolve to an allowed scheme.
// So nothing executable (script, style, iframe, on* handlers, javascript: or data: URLs) can
// pass. Built on htmlparser2 rather than sanitize-html: it runs on every item body, and this
// narrow allow-list costs a fraction of sanitize-html's general machinery.
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Parser } from 'htmlparser2';
import { BLOCK_TAGS } from './html-names';
import { foldWhitespace, htmlToText, textToHtml } from './text';

const KEPT = new Set(
  'p br a ul ol li b strong i em blockquote q cite h2 h3 h4 img figure figcaption table caption thead tbody tr td th pre code sub sup hr dl dt dd'.split(
    ' ',
  ),
);
const RENAMED: Record<string, string> = { h1: 'h2', div: 'p' };
const VOID = new Set(['br', 'img', 'hr']);
/** Dropped together with their content: code, chrome or embedded documents, not article text. */
const DROPPED = new Set(
  'script style textarea option select noscript iframe frame frameset template object embed applet svg math head title button form'.split(
    ' ',
  ),
);
/**
 * Elements whose content the HTML tokenizer passes on as raw text: entities in it are not
 * references, so it is not decoded (script, style, iframe and the like are dropped anyway).
 */
const RAW_TEXT = new Set(['xmp', 'noembed', 'noframes', 'plaintext']);
const ATTRIBUTES: Record<string, readonly string[]> = { a: ['href', 'title'], img: ['src', 'alt'] };
const URL_SCHEMES: Record<string, readonly string[]> = {
  href: ['http:', 'https:', 'mailto:'],
  src: ['http:', 'https:'],
};

/** A URL attribute value resolved against the base, or null when its scheme is not allowed. */
function safeUrl(attribute: string, value: string, baseUrl?: string): string | null {
  const schemes = URL_SCHEMES[attribute] ?? [];
  try {
    const url = new URL(value.trim(), baseUrl);
    return schemes.includes(url.protocol) ? url.toString() : null;
  } catch {
    // Unresolvable without a base: keep a plain relative path, never anything with a scheme.
    return value.includes(':') ? null : value.trim();
  }
}

const ATTRIBUTE_SPECIAL = /["&\u00a0]/g;
const ATTRIBUTE_ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', '\u00a0': '&nbsp;' };

function escapeAttributeChar(c: string): string {
  return ATTRIBUTE_ESCAPES[c] as string;
}

/** An attribute value for a double-quoted attribute. */
function escapeAttribute(value: string): string {
  ATTRIBUTE_SPECIAL.lastIndex = 0;
  return ATTRIBUTE_SPECIAL.test(value) ? value.replace(ATTRIBUTE_SPECIAL, escapeAttributeChar) : value;
}

/**
 * The allowed attributes of a kept tag. Values come raw from the tokenizer (see the parser
 * below) and are decoded here, before a URL is checked: `java&#x09;script:` is `javascript:`.
 */
function writeAttributes(
  tag: string,
  allowed: readonly string[],
  attribs: Record<string, string>,
  baseUrl?: string,
): string {
  let out = '';
  for (const name of allowed) {
    const encoded = attribs[name];
    if (encoded === undefined) continue;
    const raw = encoded.includes('&') ? decodeHTMLAttribute(encoded) : encoded;
    const value = name in URL_SCHEMES ? safeUrl(name, raw, baseUrl) : raw;
    if (value !== null) out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return tag === 'a' ? `${out} rel="noopener nofollow"` : out;
}

/**
 * What happened to each open source element: the tag written for it, UNWRAPPED or DROPPED.
 * Plain strings, not objects: one is pushed for every element of every body.
 */
const UNWRAPPED = '';
const DROPPED_MARK = '!';

export interface SanitisedHtml {
  html: string;
  /** The plain text of the same fragment, read in the same pass (as `htmlToText` would). */
  text: string;
}

/**
 * Keeps a safe subset of HTML: no script, style, iframe or event handler, only http(s) and
 * mailto links and http(s) images. Relative links resolve against `baseUrl` (xml:base or the
 * item's own link). Unknown tags are unwrapped, keeping their text.
 */
export function sanitise(html: string, baseUrl?: string): string {
  return sanitiseWithText(html, baseUrl).html;
}

/** State of the fragment being sanitised; the one parser below writes into it. */
const state = {
  out: '',
  text: '',
  dropping: 0,
  /** Inside an element whose content is raw text (RAW_TEXT). */
  rawText: false,
  baseUrl: undefined as string | undefined,
  stack: [] as string[],
};

// One parser, reset per fragment: building a parser costs more than sanitising a short body.
// The tokenizer does not decode entities: decoding character by character keeps it from
// skipping to the next `<`, which costs more than decoding the few text runs and kept
// attribute values that hold an `&` (with the same decoder, in the same modes).
const parser = new Parser(
  {
    onopentag(name, attribs) {
      if (BLOCK_TAGS.has(name)) state.text += ' ';
      if (RAW_TEXT.has(name)) state.rawText = true;
      if (state.dropping || DROPPED.has(name)) {
        state.dropping++;
        state.stack.push(DROPPED_MARK);
        return;
      }
      const tag = RENAMED[name] ?? name;
      if (!KEPT.has(tag)) {
        state.stack.push(UNWRAPPED);
        return;
      }
      state.stack.push(tag);
      const allowed = ATTRIBUTES[tag];
      const attributes = allowed ? writeAttributes(tag, allowed, attribs, state.baseUrl) : '';
      state.out += VOID.has(tag) ? `<${tag}${attributes} />` : `<${tag}${attributes}>`;
    },
    onclosetag(name) {
      if (BLOCK_TAGS.has(name)) state.text += ' ';
      if (RAW_TEXT.has(name)) state.rawText = false;
      const open = state.stack.pop();
      if (open === DROPPED_MARK) state.dropping--;
      else if (open && !VOID.has(open)) state.out += `</${open}>`;
    },
    ontext(data) {
      if (state.dropping) return;
      const text = !state.rawText && data.includes('&') ? decodeHTML(data) : data;
      state.out += textToHtml(text);
      state.text += text;
    },
  },
  { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
);

/**
 * Most `<` a fragment may hold to be parsed as HTML. htmlparser2 keeps its open elements in an
 * array it `unshift`s, so deep nesting costs time quadratic in the depth: 80,000 nested tags took
 * over a second and a 15 MiB body of them would stall the process for an hour. A body with more
 * is kept as its plain text (a long article has a few thousand tags).
 */
export const MAX_SANITISED_TAGS = 20_000;

function exceedsTagLimit(html: string): boolean {
  let count = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    if (++count > MAX_SANITISED_TAGS) return true;
  }
  return false;
}

/** `sanitise` and the fragment's plain text from one parse, for item bodies that need both. */
export function sanitiseWithText(html: string, baseUrl?: string): SanitisedHtml {
  if (!html.includes('<')) {
    const decoded = html.includes('&') ? decodeHTML(html) : html;
    return { html: textToHtml(decoded).trim(), text: foldWhitespace(decoded) };
  }
  if (html.length > MAX_SANITISED_TAGS * 3 && exceedsTagLimit(html)) {
    // Tags stripped by the linear text extraction; the text is escaped into one paragraph.
    const text = htmlToText(html);
    return { html: text ? `<p>${textToHtml(text)}</p>` : '', text };
  }
  state.out = '';
  state.text = '';
  state.dropping = 0;
  state.rawText = false;
  state.stack = [];
  state.baseUrl = baseUrl;
  parser.reset();
  parser.end(html);
  return { html: state.out.trim(), text: foldWhitespace(state.text) };
}
