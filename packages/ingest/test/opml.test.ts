import { describe, expect, it } from 'vitest';
import { buildOpml, parseOpml } from '../src/opml';

const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Migration sources</title></head>
  <body>
    <outline text="UN" title="UN">
      <outline type="rss" text="UNHCR" xmlUrl="https://www.unhcr.org/rss" htmlUrl="https://www.unhcr.org/"/>
      <outline text="Regional">
        <outline type="rss" text="IOM Europe" title="IOM Europe &amp; Central Asia" xmlUrl="https://eea.iom.int/rss.xml"/>
      </outline>
    </outline>
    <outline type="rss" text="Top level" xmlUrl="https://top.example/feed" category="/News"/>
    <outline type="rss" text="Broken" xmlUrl="javascript:alert(1)"/>
    <outline type="rss" text="No URL"/>
    <outline text="Just a note"/>
  </body>
</opml>`;

describe('parseOpml', () => {
  it('reads nested outlines with their category path and reports bad entries', () => {
    const result = parseOpml(OPML);
    expect(result.title).toBe('Migration sources');
    expect(result.outlines).toEqual([
      {
        title: 'UNHCR',
        xmlUrl: 'https://www.unhcr.org/rss',
        htmlUrl: 'https://www.unhcr.org/',
        category: 'UN',
      },
      {
        title: 'IOM Europe & Central Asia',
        xmlUrl: 'https://eea.iom.int/rss.xml',
        htmlUrl: null,
        category: 'UN/Regional',
      },
      { title: 'Top level', xmlUrl: 'https://top.example/feed', htmlUrl: null, category: '/News' },
    ]);
    expect(result.errors).toEqual([
      'outline "Broken": xmlUrl "javascript:alert(1)" is not an http(s) URL',
      'outline "No URL" of type rss has no xmlUrl',
    ]);
  });

  it('throws ParseError for malformed XML and for XML that is not OPML', () => {
    expect(() => parseOpml('<opml><body><outline></body></opml>')).toThrow(/OPML could not be read/);
    expect(() => parseOpml('<rss version="2.0"/>')).toThrow('not an OPML document (no <opml><body>)');
  });

  it('does not expand entities declared in a DOCTYPE', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>
<opml version="2.0"><head><title>&b;</title></head><body/></opml>`;
    const result = (() => {
      try {
        return parseOpml(bomb).title;
      } catch (error) {
        return (error as Error).name;
      }
    })();
    expect(result).not.toContain('aaaaaaaaaa');
  });
});

describe('buildOpml', () => {
  it('writes OPML 2.0 that reads back to the same feeds', () => {
    const feeds = [
      {
        title: 'UNHCR <news>',
        xmlUrl: 'https://www.unhcr.org/rss?a=1&b=2',
        htmlUrl: 'https://www.unhcr.org/',
        category: 'UN',
      },
      { title: 'EUAA "press"', xmlUrl: 'https://euaa.example/feed', category: 'EU/Agencies' },
      { title: 'Loose', xmlUrl: 'https://loose.example/feed' },
    ];
    const xml = buildOpml(feeds, 'Mipas & friends');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    const back = parseOpml(xml);
    expect(back.title).toBe('Mipas & friends');
    expect(back.errors).toEqual([]);
    expect(back.outlines).toEqual([
      {
        title: 'UNHCR <news>',
        xmlUrl: 'https://www.unhcr.org/rss?a=1&b=2',
        htmlUrl: 'https://www.unhcr.org/',
        category: 'UN',
      },
      { title: 'EUAA "press"', xmlUrl: 'https://euaa.example/feed', htmlUrl: null, category: 'EU/Agencies' },
      { title: 'Loose', xmlUrl: 'https://loose.example/feed', htmlUrl: null, category: null },
    ]);
  });
});
