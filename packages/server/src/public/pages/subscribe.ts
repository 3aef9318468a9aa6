// The subscription form and the short answer pages (check your mail, confirmed, unsubscribed).
import type { PublishedTag } from '@mipas/db';
import { type Language, labelTag, type StringKey, translate } from '@mipas/publish';
import { h } from '../html';
import { renderPage } from './layout';

export function renderSubscribeForm(
  lang: Language,
  base: string,
  topics: PublishedTag[],
  error?: string,
): string {
  const title = translate(lang, 'subscribe');
  const body = h`<h1>${title}</h1>
${error ? h`<p role="alert"><strong>${error}</strong></p>` : null}
<form method="post" action="${base}/${lang}/subscribe">
<label for="email">${translate(lang, 'email')}</label><input id="email" name="email" type="email" required autocomplete="email" maxlength="254">
<fieldset><legend>${translate(lang, 'frequency')}</legend>
<label><input type="radio" name="frequency" value="daily"> ${translate(lang, 'daily')}</label>
<label><input type="radio" name="frequency" value="weekly" checked> ${translate(lang, 'weekly')}</label></fieldset>
<fieldset><legend>${translate(lang, 'topics')} (${translate(lang, 'allTopics')})</legend>
${topics.map((t) => h`<label><input type="checkbox" name="topics" value="${t.slug}"> ${labelTag(t, lang)}</label>`)}</fieldset>
<p><button type="submit">${title}</button></p></form>`;
  return renderPage({ lang, base, path: 'subscribe', title }, body);
}

export function renderNotice(lang: Language, base: string, key: StringKey, path = 'subscribe'): string {
  const text = translate(lang, key);
  return renderPage({ lang, base, path, title: text }, h`<h1>${text}</h1>`);
}

export function renderUnsubscribeForm(lang: Language, base: string, token: string): string {
  const title = translate(lang, 'unsubscribe');
  const body = h`<h1>${title}</h1><form method="post" action="${base}/subscriptions/unsubscribe?token=${encodeURIComponent(token)}"><p><button type="submit">${title}</button></p></form>`;
  return renderPage({ lang, base, path: 'subscribe', title }, body);
}
