// What the public routes share: the database, the configuration, the page cache and the mailer.
import type { Db } from '@mipas/db';
import type { Runtime } from '@mipas/pipeline';
import { createMailer, isLanguage, type Language } from '@mipas/publish';
import type { FastifyReply } from 'fastify';
import type { Transporter } from 'nodemailer';
import { PageCache } from './cache';
import { siteBase } from './urls';

export interface PublicContext {
  db: Db;
  runtime: Runtime;
  base: string;
  cache: PageCache;
  mailer(): Transporter | undefined;
}

export function createPublicContext(runtime: Runtime): PublicContext {
  let mailer: Transporter | undefined;
  return {
    db: runtime.database.db,
    runtime,
    base: siteBase(runtime.config.publicUrl),
    cache: new PageCache(runtime.config.publicCacheSeconds),
    mailer: () => {
      if (!runtime.config.smtpUrl) return undefined;
      mailer ??= createMailer(runtime.config);
      return mailer;
    },
  };
}

export const HTML = 'text/html; charset=utf-8';

/** Reads the language segment; an unknown one answers 404. */
export function readLanguage(value: string, reply: FastifyReply): Language | undefined {
  if (isLanguage(value)) return value;
  reply.status(404).type('text/plain; charset=utf-8').send('no such language');
  return undefined;
}

/** Strict defaults for pages that carry no script at all. */
export function setSecurityHeaders(reply: FastifyReply): void {
  reply.header(
    'content-security-policy',
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  );
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'strict-origin-when-cross-origin');
}
