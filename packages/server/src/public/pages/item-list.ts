// Lists of items: grouped by day on the home and listing pages, plain in editions.
import type { PublishedItem, PublishedTag } from '@mipas/db';
import { formatDate, type Language, labelTag, localiseItem, translate } from '@mipas/publish';
import { type Html, h } from '../html';
import { pageUrl } from '../urls';

export function renderItemLine(item: PublishedItem, lang: Language, base: string): Html {
  const text = localiseItem(item, lang);
  const marked =
    text.original && text.textLanguage ? h` <span class="meta">(${text.textLanguage})</span>` : null;
  return h`<li><a href="${pageUrl(base, lang, `items/${item.id}`)}"${text.textLanguage ? h` lang="${text.textLanguage}"` : null}>${text.title}</a>${marked}<br><span class="meta">${item.sourceName} · <time datetime="${item.publishedAt.toISOString()}">${formatDate(lang, item.publishedAt, true)}</time></span></li>`;
}

export function renderItemsByDay(items: PublishedItem[], lang: Language, base: string): Html {
  if (items.length === 0) return h`<p>${translate(lang, 'noItems')}</p>`;
  const days = new Map<string, PublishedItem[]>();
  for (const item of items) {
    const day = formatDate(lang, item.publishedAt);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return h`${[...days].map(
    ([day, list]) =>
      h`<section><h2>${day}</h2><ol class="items">${list.map((i) => renderItemLine(i, lang, base))}</ol></section>`,
  )}`;
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
