// The frame of every public page: landmarks, skip link, language switcher, hreflang alternates,
// canonical URL, OpenGraph tags and the page's feeds as <link rel="alternate">.
import { LANGUAGE_NAMES, LANGUAGES, type Language, translate } from '@mipas/publish';
import { type Html, h, raw } from '../html';
import { alternates, type FeedQuery, feedUrl, pageUrl } from '../urls';

export interface PageFrame {
  lang: Language;
  base: string;
  /** Path after /{lang}/, shared by the page in every language. */
  path: string;
  title: string;
  description?: string;
  /** Filter of the feeds this page mirrors. */
  feed?: FeedQuery;
  ogType?: 'website' | 'article';
}

const STYLE = raw(`<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.5}
a{color:#0b4f8a}a:focus{outline:3px solid #f0a000;outline-offset:2px}
header,main,footer{max-width:52rem;margin:auto;padding:0 1rem}
header{border-bottom:1px solid #ccc}nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
.chips{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}.chips a{display:inline-block;border:1px solid #0b4f8a;border-radius:1rem;padding:0 .75rem;text-decoration:none}
.meta{color:#444;font-size:.9rem}ol.items{padding-left:1.2rem}ol.items li{margin:.6rem 0}
label{display:block;margin-top:.75rem;font-weight:600}footer{border-top:1px solid #ccc;margin-top:2rem;font-size:.9rem}
</style>`);

export function renderPage(frame: PageFrame, body: Html): string {
  const { lang, base, path } = frame;
  const canonical = pageUrl(base, lang, path);
  const feed = frame.feed ?? {};
  const description = frame.description ?? translate(lang, 'tagline');
  const langLinks = alternates(base, path);
  const doc = h`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} · Mipas</title><meta name="description" content="${description}">
<link rel="canonical" href="${canonical}">
${langLinks.map((a) => h`<link rel="alternate" hreflang="${a.lang}" href="${a.url}">`)}<link rel="alternate" hreflang="x-default" href="${pageUrl(base, 'en', path)}">
<link rel="alternate" type="application/rss+xml" title="RSS" href="${feedUrl(base, lang, 'rss', feed)}">
<link rel="alternate" type="application/atom+xml" title="Atom" href="${feedUrl(base, lang, 'atom', feed)}">
<link rel="alternate" type="application/feed+json" title="JSON Feed" href="${feedUrl(base, lang, 'json', feed)}">
<meta property="og:type" content="${frame.ogType ?? 'website'}"><meta property="og:title" content="${frame.title}">
<meta property="og:description" content="${description}"><meta property="og:url" content="${canonical}">
<meta property="og:site_name" content="Mipas"><meta property="og:locale" content="${lang}">
${STYLE}</head><body>
<a class="skip" href="#main">${translate(lang, 'skip')}</a>
<header><p><a href="${pageUrl(base, lang)}"><strong>${translate(lang, 'siteName')}</strong></a></p>
<nav aria-label="${translate(lang, 'language')}"><ul>${LANGUAGES.map((l) =>
    l === lang
      ? h`<li><span aria-current="true" lang="${l}">${LANGUAGE_NAMES[l] ?? l}</span></li>`
      : h`<li><a href="${pageUrl(base, l, path)}" hreflang="${l}" lang="${l}">${LANGUAGE_NAMES[l] ?? l}</a></li>`,
  )}</ul></nav>
<nav aria-label="Mipas"><ul><li><a href="${pageUrl(base, lang)}">${translate(lang, 'latest')}</a></li><li><a href="${pageUrl(base, lang, 'editions')}">${translate(lang, 'editions')}</a></li><li><a href="${pageUrl(base, lang, 'subscribe')}">${translate(lang, 'subscribe')}</a></li><li><a href="${base}/feeds.opml">${translate(lang, 'feeds')}</a></li></ul></nav></header>
<main id="main">${body}</main>
<footer><p>${translate(lang, 'feeds')}: <a href="${feedUrl(base, lang, 'rss', feed)}">RSS</a> · <a href="${feedUrl(base, lang, 'atom', feed)}">Atom</a> · <a href="${feedUrl(base, lang, 'json', feed)}">JSON Feed</a></p></footer>
</body></html>
`;
  return doc.html;
}
