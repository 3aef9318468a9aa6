// OPML 2.0 list of the site's feeds, for importing into a reader in one step.
import { escapeMarkup as x } from '../text';

export interface OpmlOutline {
  title: string;
  xmlUrl: string;
  htmlUrl: string;
  type: 'rss' | 'atom' | 'json';
}

export function renderOpml(title: string, groups: Array<{ title: string; outlines: OpmlOutline[] }>): string {
  const body = groups
    .map(
      (g) =>
        `<outline text="${x(g.title)}">${g.outlines
          .map(
            (o) =>
              `<outline type="${o.type}" text="${x(o.title)}" title="${x(o.title)}" xmlUrl="${x(o.xmlUrl)}" htmlUrl="${x(o.htmlUrl)}"/>`,
          )
          .join('')}</outline>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0"><head><title>${x(title)}</title></head><body>
${body}
</body></opml>
`;
}
