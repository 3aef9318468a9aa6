// Atom 1.0 (RFC 4287): text constructs typed as text, a related link to the original article.
import { escapeMarkup as x } from '../text';
import type { FeedDocument, FeedEntry } from './model';

function renderEntry(entry: FeedEntry): string {
  const lang = entry.language ? ` xml:lang="${x(entry.language)}"` : '';
  const related = entry.externalUrl ? `<link rel="related" href="${x(entry.externalUrl)}"/>` : '';
  const summary = entry.summary ? `<summary type="text">${x(entry.summary)}</summary>` : '';
  const categories = entry.categories.map((c) => `<category term="${x(c)}"/>`).join('');
  return `<entry${lang}><id>${x(entry.id)}</id><title type="text">${x(entry.title)}</title><link rel="alternate" type="text/html" href="${x(entry.url)}"/>${related}<published>${entry.published.toISOString()}</published><updated>${entry.updated.toISOString()}</updated><author><name>${x(entry.sourceName)}</name></author>${summary}${categories}</entry>`;
}

export function renderAtom(feed: FeedDocument): string {
  const hub = feed.hubUrl ? `<link rel="hub" href="${x(feed.hubUrl)}"/>` : '';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.language)}"><id>${x(feed.selfUrls.atom)}</id><title type="text">${x(feed.title)}</title><subtitle type="text">${x(feed.description)}</subtitle><updated>${feed.updated.toISOString()}</updated><link rel="self" type="application/atom+xml" href="${x(feed.selfUrls.atom)}"/><link rel="alternate" type="text/html" href="${x(feed.homeUrl)}"/>${hub}<author><name>Mipas</name></author>
${feed.entries.map(renderEntry).join('\n')}
</feed>
`;
}
