// Lists of items: grouped by day on the home and listing pages, plain in editions.
import type { PublishedItem, PublishedTag } from '@mipas/db';
import { formatDateOnce, type Language, labelTag, localiseItem, translate } from '@mipas/publish';
import { type Html, h, raw, x } from '../html';
import { pageUrl } from '../urls';

/** One item of a list, built as a plain string: listings have fifty of these per page. */
export function renderItemLine(item: PublishedItem, lang: Language, base: string): Html {
  const text = localiseItem(item, lang);
  const textLang = text.textLanguage ? x(text.textLanguage) : '';
  const langAttr = textLang ? ` lang="${textLang}"` : '';
  const marked = text.original && textLang ? ` <span class="meta">(${textLang})</span>` : '';
  return raw(
    `<li><a href="${x(pageUrl(base, lang, `items/${item.id}`))}"${langAttr}>${x(text.title)}</a>${marked}<br><span class="meta">${x(item.sourceName)} · <time datetime="${item.publishedAt.toISOString()}">${x(formatDateOnce(lang, item.publishedAt, true))}</time></span></li>`,
  );
}

export function renderItemsByDay(items: PublishedItem[], lang: Language, base: string): Html {
  if (items.length === 0) return h`<p>${translate(lang, 'noItems')}</p>`;
  const days = new Map<string, PublishedItem[]>();
  for (const item of items) {
    const day = formatDateOnce(lang, item.publishedAt);
    const list = days.get(day);
    if (list) list.push(item);
    else days.set(day, [item]);
  }
  let out = '';
  for (const [day, list] of days) {
    out += `<section><h2>${x(day)}</h2><ol class="items">`;
    for (const item of list) out += renderItemLine(item, lang, base).html;
    out += '</ol></section>';
  }
  return raw(out);
}

export function tagPath(tag: Pick<PublishedTag, 'kind' | 'slug'>): string | null {
  if (tag.kind === 'topic') return `topics/${tag.slug}`;
  if (tag.kind === 'country') return `countries/${tag.slug}`;
  return null;
}

export function renderChips(
  label: string,
  tags: Array<Pick<PublishedTag, 'kind' | 'slug' | 'labels'>>,
  lang: Language,
  base: string,
): Html {
  if (tags.length === 0) return h``;
  return h`<nav aria-label="${label}"><h2>${label}</h2><ul class="chips">${tags.map((t) => {
    const path = tagPath(t);
    return path
      ? h`<li><a href="${pageUrl(base, lang, path)}">${labelTag(t, lang)}</a></li>`
      : h`<li>${labelTag(t, lang)}</li>`;
  })}</ul></nav>`;
}

/** A link to the next, older page of a listing. */
export function renderOlderLink(items: PublishedItem[], limit: number, lang: Language, here: string): Html {
  const last = items[items.length - 1];
  if (!last || items.length < limit) return h``;
  const cursor = Buffer.from(`${last.publishedAt.toISOString()}|${last.id}`).toString('base64url');
  return h`<p><a rel="next" href="${here}?before=${cursor}">${translate(lang, 'older')}</a></p>`;
}

export function decodeBefore(value: unknown): { publishedAt: Date; id: number } | undefined {
  if (typeof value !== 'string' || value.length > 100) return undefined;
  const [iso, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const publishedAt = new Date(iso ?? '');
  const n = Number(id);
  return Number.isNaN(publishedAt.getTime()) || !Number.isSafeInteger(n) ? undefined : { publishedAt, id: n };
}
