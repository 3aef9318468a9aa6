import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/feed';
import { parseDocument } from '../src/parse';
import { readTestdata } from '../testdata/read';

const now = new Date('2026-11-23T00:00:00Z');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('real RSS captures', () => {
  it('reads the ReliefWeb disasters feed', async () => {
    const feed = await parseDocument(readTestdata('feeds/reliefweb-disasters.xml'), {
      baseUrl: 'https://reliefweb.int/disasters/rss.xml',
      now,
    });
    expect(feed.title).toBe('ReliefWeb - Disasters');
    expect(feed.declaredLanguage).toBe('en');
    expect(feed.items).toHaveLength(7);
    const first = feed.items[0];
    expect(first?.title).toBe('Georgia: Floods - Jun 2026');
    expect(first?.url).toBe('https://reliefweb.int/disaster/fl-2026-000106-geo');
    expect(first?.publishedAt?.toISOString()).toBe('2026-06-27T00:00:00.000Z');
    expect(first?.summary).toMatch(/^Affected country: Georgia Glide: FL-2026-000106-GEO On 27–29 June 2026/);
    expect(first?.contentHtml).not.toContain('&lt;div');
    expect(feed.warnings).toEqual([]);
  });

  it('reads the ReliefWeb updates feed with categories and authors', async () => {
    const feed = await parseDocument(readTestdata('feeds/reliefweb-updates-ukraine-2020-09.xml'), {
      baseUrl: 'https://reliefweb.int/updates/rss.xml',
      now,
    });
    expect(feed.items).toHaveLength(5);
    for (const item of feed.items) {
      expect(item.url).toMatch(/^https:\/\/reliefweb\.int\//);
      expect(item.dateFlag).toBe('ok');
      expect(item.contentHtml ?? '').not.toMatch(/<script|<div/);
    }
    expect(feed.items.some((item) => item.categories.length > 0)).toBe(true);
  });

  it('reads the EMM NewsBrief feed with its namespaces', async () => {
    const feed = await parseFeed(
      readTestdata('feeds/emm-newsbrief-en-2022-06.xml'),
      undefined,
      'https://emm.newsbrief.eu/',
      now,
    );
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]?.title).toBe('RBA Governor says he ‘doesn’t see a recession on the horizon’');
    expect(feed.items[0]?.publishedAt?.toISOString()).toBe('2022-06-21T01:32:00.000Z');
  });
});

describe('RSS versions', () => {
  it('reads RSS 0.91', async () => {
    const feed = await parseDocument(
      utf8(
        '<rss version="0.91"><channel><title>Old</title><link>https://old.example/</link><item><title>One</title><link>/one</link><description>Text</description></item></channel></rss>',
      ),
      { baseUrl: 'https://old.example/rss', now },
    );
    expect(feed.items[0]).toMatchObject({
      title: 'One',
      url: 'https://old.example/one',
      dateFlag: 'missing',
    });
  });

  it('reads RSS 1.0 (RDF) with dc:date', async () => {
    const feed = await parseDocument(
      utf8(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF news</title><link>https://rdf.example/</link></channel>
  <item rdf:about="https://rdf.example/a"><title>Asylum figures</title><link>https://rdf.example/a</link><dc:date>2024-05-03T10:00:00+02:00</dc:date><dc:language>lt</dc:language></item>
</rdf:RDF>`),
      { baseUrl: 'https://rdf.example/rss', now },
    );
    expect(feed.title).toBe('RDF news');
    expect(feed.items[0]).toMatchObject({
      title: 'Asylum figures',
      url: 'https://rdf.example/a',
      declaredLanguage: 'lt',
    });
    expect(feed.items[0]?.publishedAt?.toISOString()).toBe('2024-05-03T08:00:00.000Z');
  });

  it('reads RSS without a version attribute as RSS 2.0', async () => {
    const feed = await parseDocument(
      utf8(
        '<rss><channel><title>T</title><item><title>A</title><link>https://x.example/a</link></item></channel></rss>',
      ),
      {
        baseUrl: 'https://x.example/',
        now,
      },
    );
    expect(feed.items).toHaveLength(1);
  });

  it('uses a permalink GUID as the link when the item has none', async () => {
    const feed = await parseDocument(
      utf8(
        '<rss version="2.0"><channel><item><title>A</title><guid>https://x.example/a</guid></item></channel></rss>',
      ),
      { baseUrl: 'https://x.example/', now },
    );
    expect(feed.items[0]?.url).toBe('https://x.example/a');
  });
});

describe('titles and bodies', () => {
  it('decodes entities once per layer: XML, then HTML', async () => {
    const feed = await parseDocument(
      utf8(`<rss version="2.0"><channel>
<item><title><![CDATA[Fish &amp;amp; Chips]]></title><link>https://x.example/1</link></item>
<item><title>Fish &amp;amp; Chips</title><link>https://x.example/2</link></item>
<item><title>&lt;b&gt;Bold&lt;/b&gt; claim</title><link>https://x.example/3</link></item>
</channel></rss>`),
      { baseUrl: 'https://x.example/', now },
    );
    expect(feed.items.map((i) => i.title)).toEqual(['Fish &amp; Chips', 'Fish & Chips', 'Bold claim']);
  });

  it('prefers content:encoded for the body and keeps the description as summary', async () => {
    const feed = await parseDocument(
      utf8(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>
<title>A</title><link>https://x.example/news/a</link><description>Short teaser</description>
<content:encoded><![CDATA[<p>Full <a href="/more">text</a></p><script>x()</script>]]></content:encoded>
</item></channel></rss>`),
      { baseUrl: 'https://x.example/feed', now },
    );
    const item = feed.items[0];
    expect(item?.summary).toBe('Short teaser');
    expect(item?.contentText).toBe('Full text');
    expect(item?.contentHtml).toBe(
      '<p>Full <a href="https://x.example/more" rel="noopener nofollow">text</a></p>',
    );
  });

  it('resolves relative links in the body against the item link', async () => {
    const feed = await parseDocument(
      utf8(
        '<rss version="2.0"><channel><item><title>A</title><link>https://other.example/dir/page</link><description>&lt;a href="img.png"&gt;i&lt;/a&gt;</description></item></channel></rss>',
      ),
      { baseUrl: 'https://x.example/feed', now },
    );
    expect(feed.items[0]?.contentHtml).toContain('href="https://other.example/dir/img.png"');
  });
});

describe('Atom', () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="https://atom.example/blog/">
  <title type="text">EUAA news</title>
  <link rel="alternate" href="https://atom.example/"/>
  <updated>2024-05-03T10:00:00Z</updated>
  <entry xml:base="https://cdn.atom.example/2024/">
    <title type="html">Asylum &lt;em&gt;report&lt;/em&gt;</title>
    <link rel="alternate" href="posts/report"/>
    <id>tag:atom.example,2024:1</id>
    <published>2024-05-03T10:00:00+02:00</published>
    <updated>2024-05-04T10:00:00Z</updated>
    <author><name>EUAA Press</name></author>
    <category term="asylum"/><category term="statistics" label="Statistics"/>
    <summary>Teaser</summary>
    <content type="html">&lt;p&gt;See &lt;a href="annex.pdf"&gt;annex&lt;/a&gt;&lt;/p&gt;</content>
  </entry>
  <entry xml:lang="lt">
    <title>Antras</title>
    <link href="second"/>
    <id>tag:atom.example,2024:2</id>
    <published>2024-02-31T10:00:00Z</published>
  </entry>
  <entry>
    <title>Third</title>
    <link href="https://atom.example/third"/>
    <id>tag:atom.example,2024:3</id>
    <published>not a date</published>
  </entry>
</feed>`;

  it('reads entries, resolving links against xml:base', async () => {
    const feed = await parseDocument(utf8(atom), { baseUrl: 'https://atom.example/feed.atom', now });
    expect(feed.title).toBe('EUAA news');
    expect(feed.declaredLanguage).toBe('en');
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      title: 'Asylum report',
      url: 'https://cdn.atom.example/2024/posts/report',
      guid: 'tag:atom.example,2024:1',
      author: 'EUAA Press',
      categories: ['asylum', 'Statistics'],
      summary: 'Teaser',
      contentText: 'See annex',
    });
    expect(first?.contentHtml).toContain('href="https://cdn.atom.example/2024/annex.pdf"');
    expect(first?.publishedAt?.toISOString()).toBe('2024-05-03T08:00:00.000Z');
    expect(second).toMatchObject({ url: 'https://atom.example/blog/second', declaredLanguage: 'lt' });
  });

  it('keeps markup in type="text" titles and summaries literal, as RFC 4287 says', async () => {
    const feed = await parseDocument(
      utf8(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>1 &lt; 2 &amp;amp; &lt;b&gt;3&lt;/b&gt;</title>
<link href="https://atom.example/t"/><summary type="text">a &lt;i&gt;b&lt;/i&gt;</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline <b>XHTML</b></p></div></content></entry></feed>`),
      { baseUrl: 'https://atom.example/', now },
    );
    expect(feed.items[0]).toMatchObject({
      title: '1 < 2 &amp; <b>3</b>',
      summary: 'a <i>b</i>',
      contentText: 'Inline XHTML',
    });
  });

  it('flags an impossible or unreadable entry date instead of failing the feed', async () => {
    const feed = await parseDocument(utf8(atom), { baseUrl: 'https://atom.example/feed.atom', now });
    expect(feed.items[1]).toMatchObject({ dateFlag: 'invalid', publishedAt: null });
    expect(feed.items[2]).toMatchObject({ dateFlag: 'invalid', publishedAt: null });
    expect(feed.warnings.filter((w) => /invalid/.test(w))).toHaveLength(2);
  });
});

describe('broken input', () => {
  it('skips an item with neither title nor link and records why', async () => {
    const empty = await parseDocument(
      utf8(
        '<rss version="2.0"><channel><item><description>orphan</description></item><item><title>Kept</title></item></channel></rss>',
      ),
      {
        baseUrl: 'https://x.example/',
        now,
      },
    );
    expect(empty.items.map((i) => i.title)).toEqual(['Kept']);
    expect(empty.warnings).toContain('item 1: neither title nor link; skipped');
  });

  it('throws ParseError for malformed XML', async () => {
    await expect(
      parseDocument(utf8('<rss version="2.0"><channel><item><title>A</item></channel></rss>'), {
        baseUrl: 'https://x.example/',
      }),
    ).rejects.toMatchObject({
      name: 'ParseError',
      code: 'MALFORMED_XML',
    });
  });
});
