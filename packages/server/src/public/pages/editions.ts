// The archive of editions and one edition grouped by topic.
import type { EditionRow, PublishedItem } from '@mipas/db';
import { formatDate, groupByTopic, type Language, translate } from '@mipas/publish';
import { h } from '../html';
import { pageUrl } from '../urls';
import { renderItemLine } from './item-list';
import { renderPage } from './layout';

export function editionTitle(edition: EditionRow, lang: Language): string {
  return `${translate(lang, edition.kind === 'weekly' ? 'weekly' : 'daily')}: ${formatDate(lang, edition.periodStart)}`;
}

export function renderEditionArchive(editions: EditionRow[], lang: Language, base: string): string {
  const title = translate(lang, 'editions');
  const body = h`<h1>${title}</h1>${
    editions.length
      ? h`<ul>${editions.map((e) => h`<li><a href="${pageUrl(base, lang, `editions/${e.slug}`)}">${editionTitle(e, lang)}</a> <span class="meta">(${e.itemIds.length})</span></li>`)}</ul>`
      : h`<p>${translate(lang, 'noItems')}</p>`
  }`;
  return renderPage({ lang, base, path: 'editions', title }, body);
}

export function renderEditionPage(
  edition: EditionRow,
  items: PublishedItem[],
  lang: Language,
  base: string,
): string {
  const title = editionTitle(edition, lang);
  const intro = edition.intro[lang];
  const groups = groupByTopic(items, lang);
  const body = h`<h1>${title}</h1>${intro ? h`<p>${intro}</p>` : null}${
    groups.length
      ? groups.map(
          (g) =>
            h`<section><h2>${g.label ?? translate(lang, 'other')}</h2><ol class="items">${g.items.map((i) => renderItemLine(i, lang, base))}</ol></section>`,
        )
      : h`<p>${translate(lang, 'noItems')}</p>`
  }`;
  return renderPage({ lang, base, path: `editions/${edition.slug}`, title }, body);
}
