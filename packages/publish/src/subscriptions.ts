// Double opt-in: a request stores a pending subscription and mails a confirmation link; only a
// confirmed subscription receives editions.
import type { Config } from '@mipas/core';
import { type Db, requestSubscription, type SubscriptionRequest } from '@mipas/db';
import type { Transporter } from 'nodemailer';
import { isLanguage } from './i18n';
import { renderConfirmMail } from './mail/confirm-mail';
import { confirmLink } from './mail/links';

const EMAIL = /^[^\s@<>()",;]{1,64}@[^\s@<>()",;]{1,255}\.[^\s@<>()",;]{2,}$/;

export class InvalidSubscriptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSubscriptionError';
  }
}

export function checkSubscriptionRequest(request: SubscriptionRequest): SubscriptionRequest {
  const email = request.email.trim();
  if (!EMAIL.test(email) || email.length > 254) throw new InvalidSubscriptionError('not an e-mail address');
  if (!isLanguage(request.language)) throw new InvalidSubscriptionError('language must be lt, en or ru');
  if (request.frequency !== 'daily' && request.frequency !== 'weekly')
    throw new InvalidSubscriptionError('frequency must be daily or weekly');
  const topics = [...new Set(request.topics.filter((t) => /^[a-z0-9-]{1,60}$/.test(t)))].slice(0, 50);
  return { ...request, email, topics };
}

/** Stores the request and sends the confirmation message. */
export async function subscribe(
  db: Db,
  config: Config,
  mailer: Transporter,
  request: SubscriptionRequest,
): Promise<void> {
  const checked = checkSubscriptionRequest(request);
  const subscriber = await requestSubscription(db, checked);
  const lang = isLanguage(subscriber.language) ? subscriber.language : 'en';
  const mail = renderConfirmMail(lang, confirmLink(config.publicUrl, subscriber.token));
  await mailer.sendMail({ from: config.mailFrom, to: subscriber.email, ...mail });
}
