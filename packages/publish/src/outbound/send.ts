// Sends one outbound event over HTTP: a signed webhook POST, a Mastodon status, a Bluesky post
// (bluesky.ts), or a WebSub publish ping. Answers are classified into sent, retry later, or give up.
import type { Config } from '@mipas/core';
import type { OutboundEventRow } from '@mipas/db';
import { stripControlChars } from '../text';
import { sendBluesky } from './bluesky';
import { composeStatus } from './mastodon-status';
import { signPayload } from './sign';

export type SendOutcome = { ok: true; remoteId?: string } | { ok: false; error: string; retry: boolean };

const TIMEOUT_MS = 15_000;

/**
 * A receiver named in an error: its origin only. Webhook URLs often carry a secret in their path
 * or query, and errors go to the log and to the admins' outbound page.
 */
export function describeReceiver(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'an unreadable URL';
  }
}

async function post(
  url: string,
  init: { headers: Record<string, string>; body: string },
): Promise<SendOutcome & { body?: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      ...init,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (err) {
    return {
      ok: false,
      error: `no answer from ${describeReceiver(url)}: ${(err as Error).message}`,
      retry: true,
    };
  }
  const body = await response.text().catch(() => '');
  if (response.ok) return { ok: true, body };
  // Client errors other than timeouts and rate limits will not change on retry.
  const retry = response.status >= 500 || response.status === 408 || response.status === 429;
  return {
    ok: false,
    error: `HTTP ${response.status} from ${describeReceiver(url)}: ${stripControlChars(body).slice(0, 200)}`,
    retry,
  };
}

function sendWebhook(event: OutboundEventRow, config: Config): Promise<SendOutcome> {
  const body = JSON.stringify({ id: event.id, ...event.payload });
  const timestamp = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'Mipas-Webhook/1',
    'x-mipas-event': event.event,
    'x-mipas-delivery': String(event.id),
    'x-mipas-timestamp': String(timestamp),
  };
  if (config.webhookSecret) headers['x-mipas-signature'] = signPayload(config.webhookSecret, timestamp, body);
  return post(event.target, { headers, body });
}

async function sendMastodon(event: OutboundEventRow, config: Config): Promise<SendOutcome> {
  if (!config.mastodonToken) return { ok: false, error: 'MIPAS_MASTODON_TOKEN is not set', retry: false };
  const outcome = await post(new URL('/api/v1/statuses', event.target).toString(), {
    headers: {
      authorization: `Bearer ${config.mastodonToken}`,
      'content-type': 'application/json',
      // Mastodon answers a repeated key with the status it already made, so a retry posts once.
      'idempotency-key': `mipas-${event.event}-${event.subject}`,
    },
    body: JSON.stringify({ status: composeStatus(event.payload, config), visibility: 'public' }),
  });
  if (!outcome.ok) return outcome;
  try {
    return { ok: true, remoteId: String((JSON.parse(outcome.body ?? '{}') as { id?: unknown }).id ?? '') };
  } catch {
    return { ok: true };
  }
}

function pingHub(event: OutboundEventRow): Promise<SendOutcome> {
  const form = new URLSearchParams({ 'hub.mode': 'publish' });
  for (const feed of (event.payload.feeds as string[] | undefined) ?? []) form.append('hub.url', feed);
  return post(event.target, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
}

export async function sendOutboundEvent(event: OutboundEventRow, config: Config): Promise<SendOutcome> {
  if (event.channel === 'webhook') return sendWebhook(event, config);
  if (event.channel === 'mastodon') return sendMastodon(event, config);
  if (event.channel === 'bluesky') return sendBluesky(event, config);
  if (event.channel === 'websub') return pingHub(event);
  return { ok: false, error: `unknown channel ${event.channel}`, retry: false };
}
