// The app.bsky.feed.post record of a featured item: its title in its own language and a link to
// its page, within Bluesky's 300 graphemes (and 3000 bytes), with a link facet whose range counts UTF-8 bytes (not
// JavaScript's UTF-16 units), and an external card.
import type { Config } from '@mipas/core';
import { isLanguage, type Language } from '../i18n';
import { itemUrl } from '../localise';
import { stripControlChars, toPlainText } from '../text';

/** Bluesky counts a post's length in graphemes (what a reader sees as one character). */
export const BLUESKY_MAX_GRAPHEMES = 300;
/** ...and, for scripts of many bytes per grapheme (emoji sequences), in UTF-8 bytes. */
export const BLUESKY_MAX_BYTES = 3000;
const CARD_DESCRIPTION_GRAPHEMES = 300;

export interface BlueskyPostRecord {
  $type: 'app.bsky.feed.post';
  text: string;
  createdAt: string;
  langs?: string[];
  facets: Array<{
    index: { byteStart: number; byteEnd: number };
    features: Array<{ $type: 'app.bsky.richtext.facet#link'; uri: string }>;
  }>;
  embed?: {
    $type: 'app.bsky.embed.external';
    external: { uri: string; title: string; description: string };
  };
}

interface PostedItem {
  id?: number;
  title?: string;
  titles?: Record<string, string>;
  summary?: string | null;
  page?: string;
  language?: string | null;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const encoder = new TextEncoder();

export function graphemes(value: string): string[] {
  return Array.from(segmenter.segment(value), (s) => s.segment);
}

export function utf8Length(value: string): number {
  return encoder.encode(value).length;
}

/**
 * Shortens text to at most `max` graphemes and `maxBytes` UTF-8 bytes, cutting at a word boundary
 * when one is near and never inside a grapheme (a letter with its accents, an emoji sequence),
 * marking the cut with "…".
 */
export function truncateGraphemes(value: string, max: number, maxBytes = Number.POSITIVE_INFINITY): string {
  const parts = graphemes(value);
  if (parts.length <= max && utf8Length(value) <= maxBytes) return value;
  const kept: string[] = [];
  let bytes = utf8Length('…');
  for (const part of parts) {
    const size = utf8Length(part);
    if (kept.length + 1 >= max || bytes + size > maxBytes) break;
    kept.push(part);
    bytes += size;
  }
  const space = kept.lastIndexOf(' ');
  const cut = space > kept.length * 0.6 ? kept.slice(0, space) : kept;
  return `${cut.join('').trimEnd()}…`;
}

function oneLine(value: string): string {
  return stripControlChars(value).replace(/\s+/g, ' ').trim();
}

/**
 * Picks the title and its language: the curator's title in the item's language, else the
 * original title; an item in a language the site does not speak links to the English page.
 */
function choose(item: PostedItem): { title: string; lang: string | undefined; pageLang: Language } {
  const lang = item.language ?? undefined;
  const pageLang: Language = isLanguage(lang) ? lang : 'en';
  if (lang && item.titles?.[lang]) return { title: item.titles[lang]!, lang, pageLang };
  if (item.title) return { title: item.title, lang, pageLang };
  for (const candidate of ['en', 'lt', 'ru'] as const)
    if (item.titles?.[candidate])
      return { title: item.titles[candidate]!, lang: candidate, pageLang: candidate };
  return { title: '', lang, pageLang };
}

export function composeBlueskyPost(
  payload: Record<string, unknown>,
  config: Config,
  createdAt: Date,
): BlueskyPostRecord {
  const item = (payload.item ?? {}) as PostedItem;
  const { title: rawTitle, lang, pageLang } = choose(item);
  const link =
    typeof item.id === 'number' ? itemUrl(config.publicUrl, pageLang, item.id) : String(item.page ?? '');
  const title = oneLine(rawTitle);
  const separator = '\n\n';
  const room = BLUESKY_MAX_GRAPHEMES - graphemes(link).length - graphemes(separator).length;
  const byteRoom = BLUESKY_MAX_BYTES - utf8Length(link) - utf8Length(separator);
  const head = title ? `${truncateGraphemes(title, room, byteRoom)}${separator}` : '';
  const text = `${head}${link}`;
  const byteStart = utf8Length(head);
  const record: BlueskyPostRecord = {
    $type: 'app.bsky.feed.post',
    text,
    createdAt: createdAt.toISOString(),
    facets: [
      {
        index: { byteStart, byteEnd: byteStart + utf8Length(link) },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: link }],
      },
    ],
    embed: {
      $type: 'app.bsky.embed.external',
      external: {
        uri: link,
        title,
        description: truncateGraphemes(
          toPlainText(item.summary),
          CARD_DESCRIPTION_GRAPHEMES,
          BLUESKY_MAX_BYTES,
        ),
      },
    },
  };
  if (lang) record.langs = [lang];
  return record;
}
