// /{lang}/feed.rss, .atom and .json: every filter combination through query parameters.
import { listPublishedItems } from '@mipas/db';
import {
  FEED_CONTENT_TYPES,
  FEED_FORMATS,
  type FeedDocument,
  type FeedFormat,
  type Language,
  renderFeed,
  toFeedEntry,
  translate,
} from '@mipas/publish';
import type { FastifyInstance } from 'fastify';
import { newestChange } from './cache';
import { type PublicContext, readLanguage } from './context';
import { readFeedQuery, toFilter } from './filters';
import { type FeedQuery, feedUrl, pageUrl } from './urls';

const FEED_SIZE = 50;

function describeFeed(lang: Language, query: FeedQuery): string {
  const parts = Object.entries(query).map(([k, v]) => `${k}: ${(v as string[]).join(', ')}`);
  return parts.length ? `${translate(lang, 'siteName')} (${parts.join('; ')})` : translate(lang, 'siteName');
}

function homeFor(base: string, lang: Language, query: FeedQuery): string {
  const keys = Object.keys(query);
  const only = keys.length === 1 ? query[keys[0] as keyof FeedQuery] : undefined;
  if (only?.length === 1) {
    const path = { topic: 'topics', country: 'countries', source: 'sources', language: 'languages' }[
      keys[0] as keyof FeedQuery
    ];
    return pageUrl(base, lang, `${path}/${encodeURIComponent(only[0]!)}`);
  }
  return pageUrl(base, lang);
}

export function registerFeedRoutes(app: FastifyInstance, ctx: PublicContext): void {
  for (const format of FEED_FORMATS) {
    app.get<{ Params: { lang: string }; Querystring: Record<string, unknown> }>(
      `/:lang/feed.${format}`,
      async (request, reply) => {
        const lang = readLanguage(request.params.lang, reply);
        if (!lang) return reply;
        return ctx.cache.serve(request, reply, async () => {
          const query = readFeedQuery(request.query);
          const items = await listPublishedItems(ctx.db, { ...toFilter(query), limit: FEED_SIZE });
          const lastModified = newestChange(items);
          const selfUrls = Object.fromEntries(
            FEED_FORMATS.map((f) => [f, feedUrl(ctx.base, lang, f, query)]),
          ) as Record<FeedFormat, string>;
          const feed: FeedDocument = {
            title: describeFeed(lang, query),
            description: translate(lang, 'tagline'),
            language: lang,
            homeUrl: homeFor(ctx.base, lang, query),
            selfUrls,
            hubUrl: ctx.runtime.config.websubHub,
            updated: items.length ? lastModified : new Date(0),
            entries: items.map((item) => toFeedEntry(item, lang, ctx.runtime.config.publicUrl)),
          };
          if (ctx.runtime.config.websubHub)
            reply.header(
              'link',
              `<${ctx.runtime.config.websubHub}>; rel="hub", <${selfUrls[format]}>; rel="self"`,
            );
          return { body: renderFeed(feed, format), contentType: FEED_CONTENT_TYPES[format], lastModified };
        });
      },
    );
  }
}
