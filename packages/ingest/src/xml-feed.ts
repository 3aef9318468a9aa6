// Reads RSS 0.9x, RSS 1.0 (RDF), RSS 2.0 and Atom with rss-parser, from text decoded by
// charset.ts (rss-parser's own decoding mis-reads legacy charsets), after xml-guard.ts has
// removed any DOCTYPE. rss-parser turns Atom dates into ISO strings with Date, which throws on a
// bad date and rolls 31 February over, so Atom date elements are renamed before parsing and
// read by date.ts instead.
import type { ParsedFeed } from '@mipas/core';
import Parser from 'rss-parser';
import { type AtomAttributes, atomText, readAtomAttributes, renameAtomDates } from './atom';
import { ParseError } from './errors';
import { absoluteUrl, type BuildContext, buildItems, type RawEntry } from './item-builder';
import { rootElementName } from './sniff';
import { htmlToText } from './text';
import { stripDoctype } from './xml-guard';
import { textOf, type XmlItem } from './xml-value';

function createParser() {
  return new Parser<Record<string, unknown>, XmlItem>({
    defaultRSS: 2,
    customFields: {
      item: [
        ['category', 'mipasCategories', { keepArray: true }],
        ['mipas-published', 'mipasPublished'],
        ['mipas-updated', 'mipasUpdated'],
        // Raw Atom text constructs, to read their `type` (rss-parser keeps only the text).
        ['title', 'mipasTitle', { keepArray: true }],
        ['summary', 'mipasSummary', { keepArray: true }],
        ['content', 'mipasContent', { keepArray: true }],
      ],
    },
  });
}

// After an error, xml2js lets its old sax parser run on over the rest of the document, sharing
// state with the next parse; the next document can then come through with its own error
// swallowed (a refused entity read as text). A parse therefore takes the idle parser for itself
// (or a new one when another parse holds it) and puts it back only after a success: documents
// parsed at once, as the pipeline's parse jobs are, never share a parser that has failed.
let idleParser: ReturnType<typeof createParser> | undefined = createParser();

function categoryText(value: unknown): string | null {
  const attrs = (value as { $?: Record<string, unknown> } | null)?.$;
  const label = attrs?.label ?? attrs?.term;
  return textOf(value) ?? (typeof label === 'string' ? label : null);
}

function toEntry(item: XmlItem, atom: AtomAttributes | null, index: number): RawEntry {
  const content = atom
    ? (atomText(item.mipasContent) ?? textOf(item.content))
    : textOf(item['content:encoded']);
  const summary = atom ? (atomText(item.mipasSummary) ?? textOf(item.summary)) : textOf(item.content);
  const categories = ((item.mipasCategories as unknown[]) ?? [])
    .map(categoryText)
    .filter((c): c is string => !!c);
  return {
    guid: textOf(item.guid) ?? textOf(item.id) ?? textOf(item['rdf:about']),
    link: textOf(item.link),
    title: atom ? (atomText(item.mipasTitle) ?? textOf(item.title)) : textOf(item.title),
    summaryHtml: summary ?? textOf(item.summary),
    contentHtml: content,
    date:
      textOf(item.mipasPublished) ?? textOf(item.mipasUpdated) ?? textOf(item.pubDate) ?? textOf(item.date),
    author: textOf(item.creator) ?? textOf(item.author),
    categories,
    language: textOf(item.language) ?? atom?.entries[index]?.language ?? null,
    base: atom?.entries[index]?.base ?? null,
  };
}

/** Parses RSS or Atom text into the shared model; throws ParseError when the XML is unreadable. */
export async function parseXmlFeed(text: string, baseUrl: string, now: Date): Promise<ParsedFeed> {
  const warnings: string[] = [];
  const guarded = stripDoctype(text);
  if (guarded.declaredEntities)
    warnings.push('the DOCTYPE declared entities; it was removed and they were not expanded');
  // Atom when the root element is <feed> (rss-parser decides the same way, by the root).
  const root = rootElementName(guarded.xml);
  const isAtom = root === 'feed' || (root?.endsWith(':feed') ?? false);
  const atom = isAtom ? readAtomAttributes(guarded.xml) : null;
  let feed: Parser.Output<XmlItem> & Record<string, unknown>;
  const parser = idleParser ?? createParser();
  idleParser = undefined;
  try {
    feed = (await parser.parseString(isAtom ? renameAtomDates(guarded.xml) : guarded.xml)) as typeof feed;
    idleParser = parser;
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0];
    const hint = guarded.declaredEntities ? ' (its DOCTYPE declared entities, which are refused)' : '';
    throw new ParseError(`feed XML could not be read: ${reason}${hint}`, 'MALFORMED_XML');
  }
  const documentBase = absoluteUrl(atom?.feedBase, baseUrl) ?? baseUrl;
  const language = textOf(feed.language) ?? atom?.feedLanguage ?? null;
  const ctx: BuildContext = { baseUrl: documentBase, now, language, warnings };
  const entries = (feed.items ?? []).map((item, index) => toEntry(item, atom, index));
  return {
    title: htmlToText(textOf(feed.title)) || null,
    homepage: absoluteUrl(textOf(feed.link), documentBase),
    declaredLanguage: language,
    items: buildItems(entries, ctx),
    warnings,
  };
}
