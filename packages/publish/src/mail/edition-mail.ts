// An edition as an e-mail, in HTML and plain text, for one subscriber's language and topics.
import type { EditionRow, PublishedItem } from '@mipas/db';
import { filterByTopics, groupByTopic } from '../editions/group';
import { formatDate, type Language, translate } from '../i18n';
import { itemUrl, localiseItem } from '../localise';
import { toPlainText, escapeMarkup as x } from '../text';

export interface MailContent {
  subject: string;
  html: string;
  text: string;
}

export interface EditionMailInput {
  edition: EditionRow;
  items: PublishedItem[];
  lang: Language;
  topics: string[];
  publicUrl: string;
  unsubscribeUrl: string;
}

function editionTitle(edition: EditionRow, lang: Language): string {
  const kind = edition.kind === 'weekly' ? translate(lang, 'weekly') : translate(lang, 'daily');
  return `${kind}: ${formatDate(lang, edition.periodStart)}`;
}

export function renderEditionMail(input: EditionMailInput): MailContent {
  const { edition, lang, publicUrl } = input;
  const title = editionTitle(edition, lang);
  const groups = groupByTopic(filterByTopics(input.items, input.topics), lang);
  const intro = edition.intro[lang] ?? '';
  const pageUrl = `${publicUrl.replace(/\/$/, '')}/${lang}/editions/${edition.slug}`;
  const htmlGroups: string[] = [];
  const textGroups: string[] = [];
  for (const group of groups) {
    const heading = group.label ?? translate(lang, 'other');
    const rows = group.items.map((item) => ({
      item,
      text: localiseItem(item, lang),
      url: itemUrl(publicUrl, lang, item.id),
    }));
    htmlGroups.push(
      `<h2 style="font-size:18px;color:#1a1a1a">${x(heading)}</h2><ul>${rows
        .map(
          ({ item, text, url }) =>
            `<li style="margin-bottom:10px"><a href="${x(url)}" style="color:#0b4f8a">${x(text.title)}</a>${text.original && text.textLanguage ? ` <span lang="${x(text.textLanguage)}">(${x(text.textLanguage)})</span>` : ''}<br><small style="color:#444">${x(item.sourceName)}</small>${text.summary ? `<br>${x(toPlainText(text.summary))}` : ''}</li>`,
        )
        .join('')}</ul>`,
    );
    textGroups.push(
      `${heading.toUpperCase()}\n\n${rows.map(({ item, text, url }) => `* ${toPlainText(text.title)} (${toPlainText(item.sourceName)})\n  ${url}`).join('\n\n')}`,
    );
  }
  const unsub = translate(lang, 'unsubscribe');
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${x(title)}</title></head><body style="font-family:sans-serif;max-width:640px;margin:auto;color:#1a1a1a"><h1 style="font-size:22px"><a href="${x(pageUrl)}" style="color:#1a1a1a">${x(title)}</a></h1>${intro ? `<p>${x(intro)}</p>` : ''}${htmlGroups.join('') || `<p>${translate(lang, 'noItems')}</p>`}<hr><p><small><a href="${x(input.unsubscribeUrl)}" style="color:#0b4f8a">${unsub}</a></small></p></body></html>`;
  const text = `${title}\n${pageUrl}\n\n${intro ? `${toPlainText(intro)}\n\n` : ''}${textGroups.join('\n\n') || translate(lang, 'noItems')}\n\n-- \n${unsub}: ${input.unsubscribeUrl}\n`;
  return { subject: title, html, text };
}
