// One item: the curator's title and summary in the reader's language when written, otherwise the
// original marked with its language; source, link to the original, tags and the story cluster.
import type { PublishedItem } from '@mipas/db';
import {
  formatDate,
  LANGUAGE_NAMES,
  type Language,
  labelTag,
  localiseItem,
  toPlainText,
  translate,
} from '@mipas/publish';
import { h } from '../html';
import { pageUrl } from '../urls';
import { renderItemLine, tagPath } from './item-list';
import { renderPage } from './layout';

export function renderItemPage(
  item: PublishedItem,
  siblings: PublishedItem[],
  lang: Language,
  base: string,
): string {
  const text = localiseItem(item, lang);
  const textLang = text.textLanguage ?? undefined;
  const summary = text.summary ? toPlainText(text.summary) : '';
  const languageNote =
    text.original && item.language
      ? h`<p class="meta">${translate(lang, 'originalLanguage')}: ${LANGUAGE_NAMES[item.language] ?? item.language}</p>`
      : null;
  const tags = item.tags.filter((t) => t.kind !== 'keyword');
  const body = h`<article${textLang ? h` lang="${textLang}"` : null}>
<h1>${text.title}</h1>
<p class="meta">${translate(lang, 'source')}: <a href="${pageUrl(base, lang, `sources/${encodeURIComponent(item.sourceId)}`)}">${item.sourceName}</a> · <time datetime="${item.publishedAt.toISOString()}">${formatDate(lang, item.publishedAt, true)}</time></p>
${languageNote}
${summary ? h`<p>${summary}</p>` : null}
${item.url ? h`<p><a href="${item.url}" rel="noopener noreferrer external">${translate(lang, 'readOriginal')}</a></p>` : null}
</article>
${
  tags.length
    ? h`<section lang="${lang}"><h2>${translate(lang, 'tags')}</h2><ul class="chips">${tags.map((t) => {
        const path = tagPath(t);
        return path
          ? h`<li><a href="${pageUrl(base, lang, path)}">${labelTag(t, lang)}</a></li>`
          : h`<li>${labelTag(t, lang)}</li>`;
      })}</ul></section>`
    : null
}
${siblings.length ? h`<section lang="${lang}"><h2>${translate(lang, 'related')}</h2><ol class="items">${siblings.map((s) => renderItemLine(s, lang, base))}</ol></section>` : null}`;
  return renderPage(
    {
      lang,
      base,
      path: `items/${item.id}`,
      title: text.title,
      description: summary.slice(0, 200) || undefined,
      ogType: 'article',
    },
    body,
  );
}
