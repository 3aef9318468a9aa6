import { describe, expect, it } from 'vitest';
import { MAX_ITEMS_PER_FEED } from '../src/limits';
import { parseOpml } from '../src/opml';
import { parseDocument } from '../src/parse';
import { readTestdata } from '../testdata/read';

const utf8 = (text: string) => new TextEncoder().encode(text);
const baseUrl = 'https://hostile.example/feed';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>https://hostile.example/a</link></item></channel></rss>`;

const XXE = `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><link>https://hostile.example/a</link></item></channel></rss>`;

/** Parses, returning the feed or the error, so a test can check both outcomes. */
async function attempt(text: string) {
  try {
    return { feed: await parseDocument(utf8(text), { baseUrl }), error: null };
  } catch (error) {
    return { feed: null, error: error as Error & { code?: string } };
  }
}

describe('hostile feeds', () => {
  it('does not expand a billion-laughs entity bomb', async () => {
    const { feed, error } = await attempt(BILLION_LAUGHS);
    expect(feed).toBeNull();
    expect(error?.name).toBe('ParseError');
    expect(error?.message).toMatch(/DOCTYPE declared entities, which are refused/);
    expect(error?.message.length).toBeLessThan(500);
  });

  it('still refuses a hostile feed right after another one failed', async () => {
    // A reused xml2js parser swallows the error of the document parsed right after a failure.
    const refusals: Array<string | undefined> = [];
    for (let round = 0; round < 3; round++) {
      await attempt(BILLION_LAUGHS);
      refusals.push((await attempt(XXE)).error?.name);
    }
    expect(refusals).toEqual(['ParseError', 'ParseError', 'ParseError']);
    const after = await attempt(
      '<rss version="2.0"><channel><item><title>After</title><link>https://hostile.example/n</link></item></channel></rss>',
    );
    expect(after.feed?.items.map((i) => i.title)).toEqual(['After']);
  });

  it('refuses every hostile feed of several parsed at once', async () => {
    // The pipeline parses eight documents at once: the one parsed right after a failure must
    // not inherit the failed parser's state and come through with its entity read as text.
    const plain =
      '<rss version="2.0"><channel><item><title>Plain</title><link>https://hostile.example/p</link></item></channel></rss>';
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all([XXE, BILLION_LAUGHS, XXE, plain, BILLION_LAUGHS].map(attempt));
      expect(results.map((r) => r.error?.name ?? r.feed?.items[0]?.title)).toEqual([
        'ParseError',
        'ParseError',
        'ParseError',
        'Plain',
        'ParseError',
      ]);
    }
  });

  it('does not resolve an external entity (XXE)', async () => {
    const { feed, error } = await attempt(XXE);
    expect(JSON.stringify(feed ?? {})).not.toContain('root:');
    expect(error?.name).toBe('ParseError');
  });

  it('removes a DOCTYPE placed after comments, and refuses one whose entities hold markup', async () => {
    const padded = `<?xml version="1.0"?>\n<!-- ${'x'.repeat(70_000)} -->\n${XXE.slice(XXE.indexOf('<!DOCTYPE'))}`;
    expect((await attempt(padded)).error?.code).toBe('MALFORMED_XML');
    const markup = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY b "<b>&lol;</b>"><!ENTITY lol "lol">]><rss version="2.0"><channel><item><title>&b;</title><link>https://hostile.example/a</link></item></channel></rss>`;
    const { feed, error } = await attempt(markup);
    expect(feed).toBeNull();
    expect(error?.name).toBe('ParseError');
  });

  it('reads a feed whose DOCTYPE declares nothing harmful', async () => {
    const { feed } = await attempt(
      '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><item><title>A</title><link>https://hostile.example/a</link></item></channel></rss>',
    );
    expect(feed?.items).toHaveLength(1);
  });

  it('does not let __proto__ or constructor elements pollute prototypes', async () => {
    const { feed } = await attempt(`<rss version="2.0"><channel><title>t</title>
<__proto__><polluted>yes</polluted></__proto__><constructor><prototype><polluted>yes</polluted></prototype></constructor>
<item><title>A</title><link>https://hostile.example/a</link><__proto__><polluted>yes</polluted></__proto__>
<constructor><prototype><polluted>yes</polluted></prototype></constructor></item></channel></rss>`);
    expect(feed?.items[0]?.title).toBe('A');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('does not let __proto__ keys in a JSON Feed pollute prototypes', async () => {
    await attempt(
      '{"version":"https://jsonfeed.org/version/1.1","title":"t","__proto__":{"polluted":"yes"},"items":[{"id":"1","url":"https://hostile.example/a","title":"A","__proto__":{"polluted":"yes"}}]}',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses __proto__ elements in OPML without polluting prototypes', () => {
    expect(() =>
      parseOpml(
        '<opml version="2.0"><head/><body><outline text="a" xmlUrl="https://hostile.example/a"><__proto__ polluted="yes"/></outline></body></opml>',
      ),
    ).toThrow(/OPML could not be read/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads duplicate and missing GUIDs without failing', async () => {
    const { feed } = await attempt(`<rss version="2.0"><channel>
<item><title>A</title><link>https://hostile.example/a</link><guid>same</guid></item>
<item><title>B</title><link>https://hostile.example/b</link><guid>same</guid></item>
<item><title>C</title><link>https://hostile.example/c</link></item></channel></rss>`);
    expect(feed?.items.map((i) => i.guid)).toEqual(['same', 'same', null]);
  });

  it('reports HTML served as a feed, naming the feeds it advertises', async () => {
    const { error } = await attempt(
      '<!DOCTYPE html><html><head><title>UNHCR news</title><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body></body></html>',
    );
    expect(error?.name).toBe('ParseError');
    expect(error?.code).toBe('HTML_NOT_FEED');
    expect(error?.message).toContain(
      'https://hostile.example/feed is an HTML page ("UNHCR news"), not a feed',
    );
    expect(error?.message).toContain('https://hostile.example/rss.xml (rss)');
  });

  it('throws ParseError on truncated XML', async () => {
    const { error } = await attempt(
      '<rss version="2.0"><channel><title>t</title><item><title>A</title><link>https://hostile.example/a</li',
    );
    expect(error?.name).toBe('ParseError');
    expect(error?.code).toBe('MALFORMED_XML');
  });

  it('throws ParseError on a truncated DOCTYPE', async () => {
    const { error } = await attempt('<?xml version="1.0"?><!DOCTYPE rss [ <!ENTITY a "');
    expect(error?.name).toBe('ParseError');
  });

  it(`caps an enormous feed at ${MAX_ITEMS_PER_FEED} items with a warning`, async () => {
    const items = Array.from(
      { length: 3000 },
      (_, i) => `<item><title>Item ${i}</title><link>https://hostile.example/${i}</link></item>`,
    ).join('');
    const { feed } = await attempt(`<rss version="2.0"><channel><title>big</title>${items}</channel></rss>`);
    expect(feed?.items).toHaveLength(MAX_ITEMS_PER_FEED);
    expect(feed?.items.at(-1)?.title).toBe(`Item ${MAX_ITEMS_PER_FEED - 1}`);
    expect(feed?.warnings).toContain(`3000 items; only the first ${MAX_ITEMS_PER_FEED} were read`);
  });

  it('strips script and event handlers smuggled into item HTML', async () => {
    const { feed } = await attempt(
      '<rss version="2.0"><channel><item><title>&lt;img src=x onerror=alert(1)&gt;Hi</title><link>https://hostile.example/a</link><description>&lt;a href="javascript:alert(1)" onmouseover="x()"&gt;go&lt;/a&gt;&lt;script&gt;alert(2)&lt;/script&gt;</description></item></channel></rss>',
    );
    const item = feed?.items[0];
    expect(item?.title).toBe('Hi');
    expect(item?.contentHtml).toBe('<a rel="noopener nofollow">go</a>');
  });
});

describe('mutated real feeds', () => {
  it('either parse or throw ParseError, never anything else', async () => {
    const original = readTestdata('feeds/reliefweb-updates-ukraine-2020-09.xml');
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    const unexpected: string[] = [];
    for (let round = 0; round < 60; round++) {
      const bytes = original.slice(0, random(original.length) + 1);
      for (let flips = random(20); flips > 0; flips--) bytes[random(bytes.length)] = random(256);
      try {
        const feed = await parseDocument(bytes, { baseUrl });
        for (const item of feed.items) if (!item.title) unexpected.push(`round ${round}: item without title`);
      } catch (error) {
        if ((error as Error).name !== 'ParseError') unexpected.push(`round ${round}: ${String(error)}`);
      }
    }
    expect(unexpected).toEqual([]);
  });
});
