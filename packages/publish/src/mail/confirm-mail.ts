// The double opt-in message: one link that confirms, nothing else.
import { type Language, translate } from '../i18n';
import { escapeMarkup as x } from '../text';
import type { MailContent } from './edition-mail';

export function renderConfirmMail(lang: Language, link: string): MailContent {
  const subject = translate(lang, 'confirmSubject');
  return {
    subject,
    text: `${translate(lang, 'confirmBody')}\n\n${link}\n\n${translate(lang, 'ignore')}\n`,
    html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${x(subject)}</title></head><body style="font-family:sans-serif"><p>${x(translate(lang, 'confirmBody'))}</p><p><a href="${x(link)}">${x(link)}</a></p><p><small>${x(translate(lang, 'ignore'))}</small></p></body></html>`,
  };
}
