// The SMTP connection (SMTP_URL), shared by confirmation and edition messages.
import type { Config } from '@mipas/core';
import nodemailer, { type Transporter } from 'nodemailer';

export class MailNotConfiguredError extends Error {
  constructor() {
    super('SMTP_URL is not set: e-mail cannot be sent (set it to smtp://host:port)');
    this.name = 'MailNotConfiguredError';
  }
}

export function createMailer(config: Config): Transporter {
  if (!config.smtpUrl) throw new MailNotConfiguredError();
  return nodemailer.createTransport(config.smtpUrl);
}

/** Errors in which the SMTP server answered with a refusal: the message certainly did not leave. */
export function isRefusal(err: unknown): boolean {
  const e = err as { responseCode?: number; code?: string };
  return typeof e.responseCode === 'number' || e.code === 'ECONNECTION' || e.code === 'EDNS';
}
