// Extracts an article's body from its page by CSS selector, for sources whose feed carries only
// a teaser. The result is sanitised like feed HTML, with links resolved against the page.
import { ParseError } from './errors';
import { loadPage } from './html-page';
import { absoluteUrl } from './item-builder';
import { sanitiseWithText } from './sanitise';
import { foldWhitespace } from './text';

export interface ArticleSelectors {
  /** The element holding the article body. */
  content: string;
  /** Elements inside the body to drop (share buttons, related links). */
  remove?: string[];
}

export interface ExtractedArticle {
  title: string | null;
  contentHtml: string;
  contentText: string;
}

export function extractArticle(html: string, selectors: ArticleSelectors, pageUrl: string): ExtractedArticle {
  const { $ } = loadPage(html);
  const body = $(selectors.content).first();
  if (!body.length)
    throw new ParseError(`no element matches the article selector "${selectors.content}"`, 'NOT_A_FEED');
  for (const selector of selectors.remove ?? []) body.find(selector).remove();
  const inner = body.html() ?? '';
  const base = absoluteUrl($('base[href]').attr('href'), pageUrl) ?? pageUrl;
  const title =
    foldWhitespace($('meta[property="og:title"]').attr('content') ?? $('h1').first().text()) || null;
  const clean = sanitiseWithText(inner, base);
  return { title, contentHtml: clean.html, contentText: clean.text };
}
