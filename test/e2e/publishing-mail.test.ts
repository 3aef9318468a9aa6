// E-mail end to end against a real SMTP server (smtp-server on loopback) and PostgreSQL:
// subscribe, confirm, receive a weekly edition, unsubscribe with the one-click header; then a
// sender killed with SIGKILL mid-batch and restarted delivers nobody a second copy.
import type { AddressInfo } from 'node:net';
import { type Config, loadConfig } from '@mipas/core';
import { confirmSubscription, countDeliveries, requestSubscription, schema } from '@mipas/db';
import { createTestDatabase, type TestDatabase } from '@mipas/db/testing';
import { openRuntime, type Runtime } from '@mipas/pipeline';
import { composeEdition, createMailer, periodContaining, sendEdition } from '@mipas/publish';
import { buildServer } from '@mipas/server';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedItems, seedSources } from '../../packages/publish/test/seed';
import { eventually, runCli, spawnCli, stopCli } from '../support/cli';

interface Received {
  to: string;
  headers: string;
  body: string;
}

const received: Received[] = [];
let delayMs = 0;
let smtp: SMTPServer;
let smtpUrl: string;
let target: TestDatabase;
let runtime: Runtime;
let env: Record<string, string>;
let config: Config;

function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function readHeader(mail: Received, name: string): string | undefined {
  const unfolded = mail.headers.replace(/\r?\n[ \t]+/g, ' ');
  const match = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded);
  return match?.[1]?.trim();
}

async function startSmtp(): Promise<void> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const split = raw.indexOf('\r\n\r\n');
        for (const rcpt of session.envelope.rcptTo)
          received.push({
            to: rcpt.address,
            headers: raw.slice(0, split),
            body: decodeQuotedPrintable(raw.slice(split + 4)),
          });
        setTimeout(() => callback(), delayMs);
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
}

const WEEK = periodContaining('weekly', new Date(Date.UTC(2026, 9, 14)));

beforeAll(async () => {
  await startSmtp();
  target = await createTestDatabase('postgres');
  env = {
    DATABASE_URL: target.url!,
    SMTP_URL: smtpUrl,
    MIPAS_PUBLIC_URL: 'https://mipas.example',
    MIPAS_LOG_LEVEL: 'warn',
    MIPAS_PUBLIC_CACHE_SECONDS: '0',
  };
  config = loadConfig(env);
  runtime = await openRuntime(config);
  await seedSources(runtime.database.db);
  await seedItems(runtime.database.db, [
    {
      title: 'Asylum week item',
      language: 'en',
      publishedAt: new Date(WEEK.start.getTime() + 86_400_000),
      topics: ['asylum'],
    },
    {
      title: 'Return week item',
      language: 'en',
      publishedAt: new Date(WEEK.start.getTime() + 2 * 86_400_000),
      topics: ['return'],
    },
  ]);
}, 120_000);

afterAll(async () => {
  await runtime?.close();
  await target?.drop();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

describe('subscription by e-mail', () => {
  it('confirms by link, delivers the weekly edition, and unsubscribes with one click', async () => {
    const app = await buildServer(runtime);
    const form = 'email=Reader%40Example.test&frequency=weekly&topics=asylum';
    const subscribed = await app.inject({
      method: 'POST',
      url: '/en/subscribe',
      payload: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(subscribed.statusCode).toBe(200);
    expect(subscribed.body).not.toContain('reader@example.test');
    const confirmation = await eventually(() => {
      const mail = received.find((m) => m.to === 'reader@example.test');
      if (!mail) throw new Error('no confirmation yet');
      return mail;
    }, 10_000);
    const link = /https:\/\/mipas\.example(\/subscriptions\/confirm\?token=[\w-]+)/.exec(
      confirmation.body,
    )![1]!;

    // Unconfirmed addresses get nothing.
    const early = await composeEdition(
      runtime.database.db,
      config,
      periodContaining('weekly', new Date(Date.UTC(2026, 8, 2))),
    );
    expect(early.deliveriesPlanned).toBe(0);

    const confirmed = await app.inject({ method: 'GET', url: link });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).not.toContain('reader@example.test');

    const { edition, deliveriesPlanned } = await composeEdition(runtime.database.db, config, WEEK, {
      en: 'Intro of the week',
    });
    expect(deliveriesPlanned).toBe(1);
    const mailer = createMailer(config);
    const counts = await sendEdition(runtime.database.db, config, mailer, runtime.log, edition.id);
    expect(counts).toEqual({ sent: 1, failed: 0 });
    // A second run finds nothing left to send.
    expect(await sendEdition(runtime.database.db, config, mailer, runtime.log, edition.id)).toEqual({
      sent: 0,
      failed: 0,
    });
    mailer.close();

    const digests = received.filter(
      (m) =>
        m.to === 'reader@example.test' && readHeader(m, 'Message-ID')?.includes(`edition-${edition.id}.`),
    );
    expect(digests).toHaveLength(1);
    const digest = digests[0]!;
    expect(readHeader(digest, 'Content-Type')).toContain('multipart/alternative');
    expect(digest.body).toContain('Content-Type: text/plain');
    expect(digest.body).toContain('Content-Type: text/html');
    expect(digest.body).toContain('Asylum week item');
    expect(digest.body).toContain('Intro of the week');
    expect(digest.body).not.toContain('Return week item');
    expect(readHeader(digest, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribeUrl = /<(https:\/\/[^>]+)>/.exec(readHeader(digest, 'List-Unsubscribe')!)![1]!;

    const page = await app.inject({
      method: 'GET',
      url: unsubscribeUrl.replace('https://mipas.example', ''),
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<button type="submit">Unsubscribe</button>');

    // RFC 8058: the mail client POSTs the fixed body to the header's address.
    const oneClick = await app.inject({
      method: 'POST',
      url: unsubscribeUrl.replace('https://mipas.example', ''),
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.statusCode).toBe(200);
    const [row] = await runtime.database.db
      .select()
      .from(schema.subscribers)
      .where(eq(schema.subscribers.email, 'reader@example.test'));
    expect(row!.status).toBe('unsubscribed');
    const later = await composeEdition(
      runtime.database.db,
      config,
      periodContaining('weekly', new Date(Date.UTC(2026, 9, 21))),
    );
    expect(later.deliveriesPlanned).toBe(0);
    await app.close();
  });
});

describe('sending after a crash', () => {
  it('sends nobody the same edition twice when the sender is killed mid-batch and restarted', async () => {
    const db = runtime.database.db;
    const total = 30;
    for (let i = 0; i < total; i++) {
      const row = await requestSubscription(db, {
        email: `crash-${i}@example.test`,
        language: 'lt',
        topics: [],
        frequency: 'daily',
      });
      await confirmSubscription(db, row.token);
    }
    const { edition, deliveriesPlanned } = await composeEdition(
      db,
      config,
      periodContaining('daily', new Date(Date.UTC(2026, 9, 13))),
    );
    expect(deliveriesPlanned).toBe(total);
    const ofEdition = () =>
      received.filter((m) => readHeader(m, 'Message-ID')?.includes(`edition-${edition.id}.`));

    delayMs = 150;
    const child = spawnCli(['editions', 'send', String(edition.id)], env);
    await eventually(
      () => {
        if (ofEdition().length < 8) throw new Error(`only ${ofEdition().length} sent so far`);
      },
      60_000,
      20,
    );
    await stopCli(child, 'SIGKILL');
    const beforeRestart = ofEdition().length;
    expect(beforeRestart).toBeLessThan(total);

    delayMs = 0;
    const rerun = await runCli(['editions', 'send', String(edition.id)], env);
    expect(rerun.code, rerun.stderr).toBe(0);

    const perRecipient = new Map<string, number>();
    for (const mail of ofEdition()) perRecipient.set(mail.to, (perRecipient.get(mail.to) ?? 0) + 1);
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
    const states = await countDeliveries(db, edition.id);
    // At most the message in flight at the kill is left `sending` (for an admin), never resent.
    expect(states.sending ?? 0).toBeLessThanOrEqual(1);
    expect(ofEdition().length).toBeGreaterThanOrEqual(total - 1);
    expect((states.sent ?? 0) + (states.sending ?? 0)).toBe(total);
  });
});
