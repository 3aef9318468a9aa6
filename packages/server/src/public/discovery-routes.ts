// /sitemap.xml, /feeds.opml and the bare / that sends a reader to their language.
import { listEditions, listPublishedItems, listPublishedSources, listPublishedTags } from '@mipas/db';
import {
  FEED_FORMATS,
  LANGUAGES,
  type Language,
  labelTag,
  type OpmlOutline,
  renderOpml,
  translate,
  escapeMarkup as x,
} from '@mipas/publish';
import type { FastifyInstance } from 'fastify';
import { newestChange } from './cache';
import type { PublicContext } from './context';
import { type FeedQuery, feedUrl, pageUrl } from './urls';

const SITEMAP_ITEMS = 5000;

function pickLanguage(header: string | undefined): Language {
  for (const part of (header ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if ((LANGUAGES as readonly string[]).includes(code)) return code as Language;
  }
  return 'en';
}

function renderUrl(base: string, path: string, lastmod?: Date): string {
  const links = LANGUAGES.map(
    (l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${x(pageUrl(base, l, path))}"/>`,
  ).join('');
  const mod = lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : '';
  return LANGUAGES.map((l) => `<url><loc>${x(pageUrl(base, l, path))}</loc>${mod}${links}</url>`).join('\n');
}

export function registerDiscoveryRoutes(app: FastifyInstance, ctx: PublicContext): void {
  app.get('/', async (request, reply) => {
    reply.header('vary', 'accept-language');
    return reply.redirect(`/${pickLanguage(request.headers['accept-language'])}/`, 302);
  });

  app.get('/sitemap.xml', (request, reply) =>
    ctx.cache.serve(request, reply, async () => {
      const [items, topics, countries, sources, editions] = await Promise.all([
        listPublishedItems(ctx.db, { limit: SITEMAP_ITEMS }),
        listPublishedTags(ctx.db, 'topic', 200),
        listPublishedTags(ctx.db, 'country', 300),
        listPublishedSources(ctx.db),
        listEditions(ctx.db, 500),
      ]);
      const paths = [
        '',
        'editions',
        ...topics.map((t) => `topics/${t.slug}`),
        ...countries.map((t) => `countries/${t.slug}`),
        ...sources.map((s) => `sources/${encodeURIComponent(s.id)}`),
        ...editions.map((e) => `editions/${e.slug}`),
      ];
      const body = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${paths.map((p) => renderUrl(ctx.base, p)).join('\n')}
${items.map((i) => renderUrl(ctx.base, `items/${i.id}`, i.updatedAt)).join('\n')}
</urlset>
`;
      return { body, contentType: 'application/xml; charset=utf-8', lastModified: newestChange(items) };
    }),
  );

  app.get('/feeds.opml', (request, reply) =>
    ctx.cache.serve(request, reply, async () => {
      const [topics, countries, sources] = await Promise.all([
        listPublishedTags(ctx.db, 'topic', 200),
        listPublishedTags(ctx.db, 'country', 300),
        listPublishedSources(ctx.db),
      ]);
      const groups = LANGUAGES.map((lang) => {
        const outline = (title: string, path: string, query: FeedQuery): OpmlOutline[] =>
          FEED_FORMATS.map((format) => ({
            title: `${title} (${format})`,
            type: format,
            xmlUrl: feedUrl(ctx.base, lang, format, query),
            htmlUrl: pageUrl(ctx.base, lang, path),
          }));
        return {
          title: `${translate(lang, 'siteName')} (${lang})`,
          outlines: [
            ...outline(translate(lang, 'latest'), '', {}),
            ...topics.flatMap((t) => outline(labelTag(t, lang), `topics/${t.slug}`, { topic: [t.slug] })),
            ...countries.flatMap((t) =>
              outline(labelTag(t, lang), `countries/${t.slug}`, { country: [t.slug] }),
            ),
            ...sources.flatMap((s) =>
              outline(s.name, `sources/${encodeURIComponent(s.id)}`, { source: [s.id] }),
            ),
            ...['lt', 'en', 'ru'].flatMap((code) =>
              outline(`${translate(lang, 'language')}: ${code}`, `languages/${code}`, { language: [code] }),
            ),
          ],
        };
      });
      return {
        body: renderOpml('Mipas feeds', groups),
        contentType: 'text/x-opml; charset=utf-8',
        lastModified: new Date(0),
      };
    }),
  );
}
