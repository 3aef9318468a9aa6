// The state of the outbound queue per channel (webhook, mastodon, bluesky, websub): how many
// events wait, are due, wait for a retry, are being sent, or failed for good. The worker logs it
// when it changes; `mipas publish run --once` prints it; admin pages can show it.
import type { Config, Logger } from '@mipas/core';
import { countOutboundBacklog, type Db } from '@mipas/db';

export interface ChannelBacklog {
  /** Not sent yet and not given up: due now or waiting for a retry. */
  pending: number;
  /** Of the pending: due now. */
  due: number;
  /** Of the pending: failed before, waiting for their next attempt. */
  retrying: number;
  /** Claimed by a worker and not finished; one that stays here was cut off mid-send. */
  sending: number;
  /** Gave up; `mipas publish retry` queues them again. */
  failed: number;
  /** Creation time of the oldest event not sent yet (ISO), or null. */
  oldest: string | null;
}

export type OutboundStatus = Record<string, ChannelBacklog>;

const empty = (): ChannelBacklog => ({
  pending: 0,
  due: 0,
  retrying: 0,
  sending: 0,
  failed: 0,
  oldest: null,
});

/** The channels the configuration turns on, so they are listed even with nothing waiting. */
export function configuredChannels(config: Config): string[] {
  const channels: string[] = [];
  if (config.webhookUrls.length) channels.push('webhook');
  if (config.mastodonUrl && config.mastodonToken) channels.push('mastodon');
  if (config.blueskyHandle && config.blueskyAppPassword) channels.push('bluesky');
  if (config.websubHub) channels.push('websub');
  return channels;
}

/**
 * Counts per channel: every configured channel, and any other channel that still has events
 * (one switched off since they were recorded).
 */
export async function outboundStatus(db: Db, config?: Config): Promise<OutboundStatus> {
  const status: OutboundStatus = {};
  for (const channel of config ? configuredChannels(config) : []) status[channel] = empty();
  for (const row of await countOutboundBacklog(db)) {
    const counts = status[row.channel] ?? empty();
    status[row.channel] = counts;
    if (row.status === 'pending') {
      counts.pending += row.count;
      counts.due += row.due;
      counts.retrying += row.retrying;
    } else if (row.status === 'sending') counts.sending += row.count;
    else if (row.status === 'failed') counts.failed += row.count;
    const oldest = row.oldestCreatedAt?.toISOString() ?? null;
    if (row.status !== 'failed' && oldest && (!counts.oldest || oldest < counts.oldest))
      counts.oldest = oldest;
  }
  return Object.fromEntries(Object.entries(status).sort(([a], [b]) => a.localeCompare(b)));
}

const QUIET = '0/0/0/0';

/** What a log line reports: pending, retrying, sending and failed. */
function signature(counts: ChannelBacklog): string {
  return `${counts.pending}/${counts.retrying}/${counts.sending}/${counts.failed}`;
}

/**
 * Logs a line for each channel whose counts differ from `previous` (what this returned last
 * time; at first, every channel is taken as empty), so a worker passing every few seconds writes
 * only changes: a warning when the channel has failed events, else information. A backlog that
 * drains to nothing is logged once with zeros. Returns the counts to pass next time.
 */
export function logOutboundStatus(
  log: Logger,
  status: OutboundStatus,
  previous: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const next = new Map<string, string>();
  const all: OutboundStatus = { ...status };
  // A channel no longer listed (switched off, its last events sent) has drained.
  for (const channel of previous.keys()) all[channel] ??= empty();
  for (const [channel, counts] of Object.entries(all)) {
    const now = signature(counts);
    next.set(channel, now);
    if (now === (previous.get(channel) ?? QUIET)) continue;
    const fields = {
      channel,
      pending: counts.pending,
      due: counts.due,
      retrying: counts.retrying,
      sending: counts.sending,
      failed: counts.failed,
      oldest: counts.oldest ?? undefined,
    };
    if (counts.failed > 0) log.warn('outbound backlog', fields);
    else log.info('outbound backlog', fields);
  }
  return next;
}
