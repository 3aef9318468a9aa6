// Subscribing (double opt-in), confirming, and unsubscribing: one click from the mail client
// (RFC 8058 POST) or the page linked in every message. No page ever shows an address.
import { confirmSubscription, getSubscriptionLanguage, listPublishedTags, unsubscribe } from '@mipas/db';
import { InvalidSubscriptionError, isLanguage, type Language, subscribe } from '@mipas/publish';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { HTML, type PublicContext, readLanguage, setSecurityHeaders } from './context';
import { renderNotice, renderSubscribeForm, renderUnsubscribeForm } from './pages/subscribe';

type Form = Record<string, string | string[] | undefined>;

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function sendHtml(reply: FastifyReply, status: number, body: string): FastifyReply {
  setSecurityHeaders(reply);
  reply.header('cache-control', 'no-store');
  return reply.status(status).type(HTML).send(body);
}

function languageOf(row: { language: string } | undefined): Language {
  return row && isLanguage(row.language) ? row.language : 'en';
}

export function registerSubscriptionRoutes(app: FastifyInstance, ctx: PublicContext): void {
  app.get<{ Params: { lang: string } }>('/:lang/subscribe', async (request, reply) => {
    const lang = readLanguage(request.params.lang, reply);
    if (!lang) return reply;
    return sendHtml(
      reply,
      200,
      renderSubscribeForm(lang, ctx.base, await listPublishedTags(ctx.db, 'topic', 50)),
    );
  });

  app.post<{ Params: { lang: string }; Body: Form }>('/:lang/subscribe', async (request, reply) => {
    const lang = readLanguage(request.params.lang, reply);
    if (!lang) return reply;
    const mailer = ctx.mailer();
    const form = request.body ?? {};
    const topics = await listPublishedTags(ctx.db, 'topic', 50);
    if (!mailer)
      return sendHtml(
        reply,
        503,
        renderSubscribeForm(lang, ctx.base, topics, 'e-mail is not configured here'),
      );
    try {
      await subscribe(ctx.db, ctx.runtime.config, mailer, {
        email: String(asList(form.email)[0] ?? ''),
        language: lang,
        topics: asList(form.topics),
        frequency: asList(form.frequency)[0] === 'daily' ? 'daily' : 'weekly',
      });
    } catch (err) {
      if (!(err instanceof InvalidSubscriptionError)) throw err;
      return sendHtml(reply, 400, renderSubscribeForm(lang, ctx.base, topics, err.message));
    }
    // The same answer whether the address was known or not: nothing about others leaks.
    return sendHtml(reply, 200, renderNotice(lang, ctx.base, 'checkMail'));
  });

  app.get<{ Querystring: { token?: string } }>('/subscriptions/confirm', async (request, reply) => {
    const row = request.query.token ? await confirmSubscription(ctx.db, request.query.token) : undefined;
    const lang = languageOf(row);
    return sendHtml(reply, row ? 200 : 404, renderNotice(lang, ctx.base, row ? 'confirmed' : 'badLink'));
  });

  app.get<{ Querystring: { token?: string } }>('/subscriptions/unsubscribe', async (request, reply) => {
    const token = request.query.token ?? '';
    const language = token ? await getSubscriptionLanguage(ctx.db, token) : undefined;
    if (!language) return sendHtml(reply, 404, renderNotice('en', ctx.base, 'badLink'));
    return sendHtml(reply, 200, renderUnsubscribeForm(languageOf({ language }), ctx.base, token));
  });

  // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the header's address.
  app.post<{ Querystring: { token?: string } }>('/subscriptions/unsubscribe', async (request, reply) => {
    const row = request.query.token ? await unsubscribe(ctx.db, request.query.token) : undefined;
    const lang = languageOf(row);
    return sendHtml(reply, row ? 200 : 404, renderNotice(lang, ctx.base, row ? 'unsubscribed' : 'badLink'));
  });
}
