// Sends an edition to its subscribers. Each (edition, subscriber) row is claimed before the
// message goes to SMTP and marked sent after; a process killed in between leaves the row
// `sending`, which is never sent again automatically — a reader may miss one message but never
// gets two. Refusals the server answers with are retried later.
import type { Config, Logger } from '@mipas/core';
import {
  claimDelivery,
  type Db,
  type EditionRow,
  getEdition,
  getPublishedItems,
  getSubscriber,
  markDeliveryRefused,
  markDeliverySent,
  noteDeliveryError,
  type PublishedItem,
} from '@mipas/db';
import type { Transporter } from 'nodemailer';
import { isLanguage } from '../i18n';
import { renderEditionMail } from './edition-mail';
import { unsubscribeLink } from './links';
import { isRefusal } from './mailer';

export interface SendOptions {
  /** Pause between messages (ms), to respect a relay's rate. */
  pauseMs?: number;
  maxAttempts?: number;
}

function messageId(config: Config, edition: EditionRow, subscriberId: number): string {
  const host = new URL(config.publicUrl).hostname;
  return `<edition-${edition.id}.subscriber-${subscriberId}@${host}>`;
}

export async function sendEdition(
  db: Db,
  config: Config,
  mailer: Transporter,
  log: Logger,
  editionId: number,
  options: SendOptions = {},
): Promise<{ sent: number; failed: number }> {
  const edition = await getEdition(db, editionId);
  if (!edition) throw new Error(`no edition ${editionId}`);
  let items: PublishedItem[] | undefined;
  const counts = { sent: 0, failed: 0 };
  for (;;) {
    const delivery = await claimDelivery(db, editionId);
    if (!delivery) return counts;
    const subscriber = await getSubscriber(db, delivery.subscriberId);
    if (subscriber?.status !== 'confirmed') {
      await noteDeliveryError(db, delivery.id, 'skipped', 'subscriber left before sending');
      continue;
    }
    items ??= await getPublishedItems(db, edition.itemIds);
    const unsubscribeUrl = unsubscribeLink(config.publicUrl, subscriber.token);
    const mail = renderEditionMail({
      edition,
      items,
      lang: isLanguage(subscriber.language) ? subscriber.language : 'en',
      topics: subscriber.topics,
      publicUrl: config.publicUrl,
      unsubscribeUrl,
    });
    try {
      await mailer.sendMail({
        from: config.mailFrom,
        to: subscriber.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: messageId(config, edition, subscriber.id),
        headers: {
          'List-Unsubscribe': `<${unsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          'List-Id': `Mipas ${edition.kind} digest <${edition.kind}.digest.${new URL(config.publicUrl).hostname}>`,
        },
      });
    } catch (err) {
      counts.failed++;
      const message = (err as Error).message;
      log.warn('edition delivery failed', {
        edition_id: editionId,
        delivery_id: delivery.id,
        error: message,
      });
      if (isRefusal(err)) await markDeliveryRefused(db, delivery, message, options.maxAttempts ?? 5);
      else await noteDeliveryError(db, delivery.id, 'sending', message);
      continue;
    }
    await markDeliverySent(db, delivery.id);
    counts.sent++;
    if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
  }
}
