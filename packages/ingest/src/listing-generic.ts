// The generic listing reader: what parseListing falls back on when a source's item selector
// matches nothing (most often because the site was redesigned). It looks for repeated containers
// (`article`, `li`, or an element whose class names a row, item, teaser, card …) that each hold
// one heading with its link, and keeps the largest group of such rows, if it has at least three.
// Title from the heading, link from its anchor (or the row's first link when the heading is not
// a link), date from `time[datetime]` or date-looking text, summary from the first paragraph
// that is not the title. Navigation, page header and footer, asides and menus are skipped.
//
// The work is bounded on any page: the page walk stops at a depth and a number of elements, at
// most so many containers are read, and a container is given up once it holds too many nodes
// (a listing row is small). All walks use an explicit stack, so deep nesting cannot overflow.
import { parseDate } from './date';
import { MAX_ITEMS_PER_FEED } from './limits';
import { foldWhitespace } from './text';

/** One row read off the page: plain text, not markup. */
export interface GenericRow {
  title: string;
  link: string;
  date: string | null;
  summary: string | null;
}

/** The DOM as cheerio (domhandler) builds it, as far as this reader needs it. */
export interface DomNode {
  type: string;
  children?: DomNode[];
}
interface DomElement extends DomNode {
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
}
interface DomText extends DomNode {
  data: string;
}

/** Rows needed before a group counts as the page's listing. */
const MIN_ROWS = 3;
/** Element depth below the document the page walk descends to. */
const MAX_DEPTH = 64;
/** Elements the page walk visits. */
const MAX_ELEMENTS = 50_000;
/** Containers read as possible rows. */
const MAX_CANDIDATES = 3_000;
/** Nodes one row may hold; a larger container is not a row. */
const MAX_ROW_NODES = 600;
/** Characters of text gathered from one row. */
const MAX_ROW_TEXT = 4_000;

const NOT_DESCENDED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);
/** Never part of a listing, wherever they are. */
const SKIPPED_TAGS = new Set([...NOT_DESCENDED, 'nav', 'aside', 'menu', 'select', 'dialog']);
/** The page's header and footer; inside an `article` they belong to the story and are kept. */
const PAGE_PARTS = new Set(['header', 'footer']);
const SKIPPED_ROLES = new Set('navigation menu menubar banner contentinfo complementary search'.split(' '));
const SKIPPED_CLASS =
  /(?:^|[-_])(?:nav|navbar|navigation|menu|menubar|breadcrumbs?|pager|pagination|sidebar|footer|cookies?)(?:$|[-_])/i;

const ROW_TAGS = new Set(['article', 'li']);
const ROW_CLASS = /row|item|teaser|card|entry|result|abstract|post|story/i;
/** Tags that hold a row's parts rather than a row. */
const NEVER_ROW = new Set([
  ...'a span time p b strong em i small img picture label button'.split(' '),
  ...'h1 h2 h3 h4 h5 h6 ul ol table tbody thead tr td th'.split(' '),
]);
/** Class tokens that vary from row to row of one list (Drupal's views-row-odd, last-item …). */
const VARYING_CLASS = /\d|(?:^|[-_])(?:first|last|odd|even|active|current|selected)(?:$|[-_])/i;

const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5']);
const TITLE_CLASS = /title/i;
const SUMMARY_CLASS = /summary|description|excerpt|teaser|intro|lead/i;
/** Elements whose text is read for a date before the rest of the row. */
const DATE_CLASS = /date|time|publish/i;

/** Day month year, month day year, ISO and numeric dates, in any language's month names. */
const DATE_LIKE =
  /(?<![\p{L}\d])(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\.?\s+\p{L}{3,12}\.?,?\s+\d{4}|\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4})(?![\p{L}\d])/gu;
const MAX_DATE_TRIES = 10;

function isElement(node: DomNode): node is DomElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function isText(node: DomNode): node is DomText {
  return node.type === 'text';
}

function classTokens(el: DomElement): string[] {
  const value = el.attribs.class;
  return value ? value.split(/\s+/).filter(Boolean) : [];
}

function isSkipped(el: DomElement, inArticle: boolean): boolean {
  if (SKIPPED_TAGS.has(el.name)) return true;
  if (!inArticle && PAGE_PARTS.has(el.name)) return true;
  const role = el.attribs.role?.trim().toLowerCase();
  if (role && SKIPPED_ROLES.has(role)) return true;
  return classTokens(el).some((token) => SKIPPED_CLASS.test(token));
}

function isCandidate(el: DomElement): boolean {
  if (NEVER_ROW.has(el.name)) return false;
  return ROW_TAGS.has(el.name) || classTokens(el).some((token) => ROW_CLASS.test(token));
}

/** Rows of one list share tag and classes, once the classes that vary per row are left out. */
function signature(el: DomElement): string {
  const stable = classTokens(el)
    .filter((token) => !VARYING_CLASS.test(token))
    .sort();
  return [el.name, ...stable].join('.');
}

function usableHref(el: DomElement): string | null {
  const href = el.attribs.href?.trim();
  if (!href || href.startsWith('#') || /^(?:javascript|mailto|tel|data):/i.test(href)) return null;
  return href;
}

/** Containers that could be rows, in document order; navigation and page furniture skipped. */
function findCandidates(root: DomNode): DomElement[] {
  const found: DomElement[] = [];
  const stack: Array<{ node: DomNode; depth: number; inArticle: boolean }> = [
    { node: root, depth: 0, inArticle: false },
  ];
  let visited = 0;
  while (stack.length && visited < MAX_ELEMENTS && found.length < MAX_CANDIDATES) {
    const { node, depth, inArticle } = stack.pop() as (typeof stack)[number];
    let inside = inArticle;
    if (isElement(node)) {
      visited++;
      if (isSkipped(node, inArticle)) continue;
      if (isCandidate(node)) found.push(node);
      inside = inArticle || node.name === 'article';
    } else if (node.type !== 'root') {
      continue;
    }
    if (depth >= MAX_DEPTH) continue;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i] as DomNode, depth: depth + 1, inArticle: inside });
    }
  }
  return found;
}

interface Heading {
  pieces: string[];
  link: string | null;
}

interface Paragraph {
  pieces: string[];
  parent: Paragraph | null;
  holdsHeading: boolean;
  /** Whether it has text outside links (a lone "Read more" link is no summary). */
  plain: boolean;
}

interface Piece {
  text: string;
  /** The `h2`–`h5` heading and the title-classed element the text is in, if any. */
  heading: Heading | null;
  titled: Heading | null;
  /** Inside a `time` element or one whose class names a date. */
  dated: boolean;
}

interface Frame {
  node: DomNode;
  heading: Heading | null;
  titled: Heading | null;
  anchor: string | null;
  paragraph: Paragraph | null;
  dated: boolean;
}

/** What one row holds; null when it is too large to be a row. */
interface RowParts {
  headings: Heading[];
  titled: Heading[];
  links: string[];
  pieces: Piece[];
  paragraphs: Paragraph[];
  time: string | null;
}

function collectRow(row: DomElement): RowParts | null {
  const parts: RowParts = { headings: [], titled: [], links: [], pieces: [], paragraphs: [], time: null };
  const stack: Frame[] = [
    { node: row, heading: null, titled: null, anchor: null, paragraph: null, dated: false },
  ];
  let nodes = 0;
  let chars = 0;
  while (stack.length) {
    const frame = stack.pop() as Frame;
    const { node } = frame;
    if (++nodes > MAX_ROW_NODES) return null;
    if (isText(node)) {
      if (chars >= MAX_ROW_TEXT) continue;
      const text = node.data.slice(0, MAX_ROW_TEXT - chars);
      chars += text.length;
      parts.pieces.push({ text, heading: frame.heading, titled: frame.titled, dated: frame.dated });
      frame.heading?.pieces.push(text);
      frame.titled?.pieces.push(text);
      for (let p = frame.paragraph; p; p = p.parent) {
        p.pieces.push(text);
        if (!frame.anchor && text.trim()) p.plain = true;
      }
      continue;
    }
    if (!isElement(node) || NOT_DESCENDED.has(node.name)) continue;
    const next: Omit<Frame, 'node'> = { ...frame };
    if (node !== row) enter(node, frame, next, parts);
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ ...next, node: children[i] as DomNode });
  }
  return parts;
}

/** Updates the context for an element's children and records what the element is. */
function enter(el: DomElement, frame: Frame, next: Omit<Frame, 'node'>, parts: RowParts): void {
  if (el.name === 'a') {
    const href = usableHref(el);
    if (href) {
      next.anchor = href;
      if (!frame.heading && !frame.titled) parts.links.push(href);
      if (frame.heading && !frame.heading.link) frame.heading.link = href;
      if (frame.titled && !frame.titled.link) frame.titled.link = href;
    }
  }
  if (HEADING_TAGS.has(el.name) && !frame.heading) {
    next.heading = { pieces: [], link: frame.anchor };
    parts.headings.push(next.heading);
  } else if (!frame.titled && classTokens(el).some((token) => TITLE_CLASS.test(token))) {
    next.titled = { pieces: [], link: frame.anchor };
    parts.titled.push(next.titled);
  }
  if (el.name === 'p' || classTokens(el).some((token) => SUMMARY_CLASS.test(token))) {
    next.paragraph = { pieces: [], parent: frame.paragraph, holdsHeading: false, plain: false };
    parts.paragraphs.push(next.paragraph);
  }
  if ((HEADING_TAGS.has(el.name) || next.titled !== frame.titled) && frame.paragraph) {
    for (let p: Paragraph | null = frame.paragraph; p; p = p.parent) p.holdsHeading = true;
  }
  if (el.name === 'time' || classTokens(el).some((token) => DATE_CLASS.test(token))) next.dated = true;
  if (el.name === 'time' && parts.time === null && el.attribs.datetime?.trim()) {
    parts.time = el.attribs.datetime.trim();
  }
}

/**
 * The row's one heading: the only linked one of its `h2`–`h5` headings, else its only heading
 * with the row's first link; the same with title-classed elements when it has no such heading.
 * Null when it holds none, or more than one (then it is a group of rows, not a row).
 */
function pickHeading(parts: RowParts): { heading: Heading; link: string } | null {
  for (const tier of [parts.headings, parts.titled]) {
    const named = tier.filter((h) => foldWhitespace(h.pieces.join('')));
    if (!named.length) continue;
    const linked = named.filter((h) => h.link);
    if (linked.length === 1)
      return { heading: linked[0] as Heading, link: (linked[0] as Heading).link as string };
    if (linked.length > 1 || named.length > 1) return null;
    const link = parts.links[0];
    return link ? { heading: named[0] as Heading, link } : null;
  }
  return null;
}

function firstDate(text: string, now: Date): string | null {
  let tries = 0;
  for (const match of text.matchAll(DATE_LIKE)) {
    if (parseDate(match[0], now).flag !== 'invalid') return match[0];
    if (++tries >= MAX_DATE_TRIES) break;
  }
  return null;
}

/** A `time[datetime]`, else a date in the row's date elements, else anywhere but the title. */
function findDate(parts: RowParts, rest: Piece[], now: Date): string | null {
  if (parts.time && parseDate(parts.time, now).flag !== 'invalid') return parts.time;
  const dated = rest.filter((p) => p.dated).map((p) => p.text);
  return (
    (dated.length ? firstDate(foldWhitespace(dated.join(' ')), now) : null) ??
    firstDate(foldWhitespace(rest.map((p) => p.text).join(' ')), now)
  );
}

/** A date with at most a few words around it ("Posted 3 March 2025 | News"): no summary. */
function isMetaLine(text: string): boolean {
  const rest = text.replace(DATE_LIKE, ' ');
  return rest !== text && rest.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < 4;
}

function readRow(row: DomElement, now: Date): GenericRow | null {
  const parts = collectRow(row);
  if (!parts) return null;
  const picked = pickHeading(parts);
  if (!picked) return null;
  const { heading, link } = picked;
  const title = foldWhitespace(heading.pieces.join(''));
  const rest = parts.pieces.filter((p) => p.heading !== heading && p.titled !== heading);
  let summary: string | null = null;
  for (const paragraph of parts.paragraphs) {
    if (paragraph.holdsHeading || !paragraph.plain) continue;
    const text = foldWhitespace(paragraph.pieces.join(''));
    if (text && text !== title && !isMetaLine(text)) {
      summary = text;
      break;
    }
  }
  return { title, link, date: findDate(parts, rest, now), summary };
}

interface Group {
  rows: GenericRow[];
  fields: number;
  first: number;
}

/**
 * Reads a page as a listing without selectors: the largest group of repeated containers that
 * each hold one heading link (at least three), or an empty list when the page has none.
 */
export function readGenericListing(root: DomNode, now: Date): GenericRow[] {
  const groups = new Map<string, Group>();
  for (const [index, candidate] of findCandidates(root).entries()) {
    const row = readRow(candidate, now);
    if (!row) continue;
    const key = signature(candidate);
    const group = groups.get(key) ?? { rows: [], fields: 0, first: index };
    group.rows.push(row);
    group.fields += (row.date ? 1 : 0) + (row.summary ? 1 : 0);
    groups.set(key, group);
  }
  let best: Group | null = null;
  for (const group of groups.values()) {
    if (group.rows.length < MIN_ROWS) continue;
    if (
      !best ||
      group.rows.length > best.rows.length ||
      (group.rows.length === best.rows.length &&
        (group.fields > best.fields || (group.fields === best.fields && group.first < best.first)))
    ) {
      best = group;
    }
  }
  return best ? best.rows.slice(0, MAX_ITEMS_PER_FEED) : [];
}
