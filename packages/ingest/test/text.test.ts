import { describe, expect, it } from 'vitest';
import { MAX_SANITISED_TAGS, sanitise, sanitiseWithText } from '../src/sanitise';
import { htmlToText } from '../src/text';

describe('htmlToText', () => {
  it('decodes entities exactly once', () => {
    expect(htmlToText('Fish &amp;amp; Chips')).toBe('Fish &amp; Chips');
    expect(htmlToText('Fish &amp; Chips')).toBe('Fish & Chips');
    expect(htmlToText('&lt;b&gt;not a tag&lt;/b&gt;')).toBe('<b>not a tag</b>');
    expect(htmlToText('&#1052;&#x438;&nbsp;р')).toBe('Ми\u00a0р'.replace(/\s/g, ' ').replace(' ', ' '));
  });

  it('drops tags, keeps words apart at block boundaries and together inside inline ones', () => {
    expect(htmlToText('<p>One</p><p>Two</p>')).toBe('One Two');
    expect(htmlToText('Asy<b>lum</b> seekers<br>arrive')).toBe('Asylum seekers arrive');
    expect(htmlToText('<div class="tag country">Country: Ukraine</div><div>Sources: DRC</div>')).toBe(
      'Country: Ukraine Sources: DRC',
    );
  });

  it('drops script, style and comments with their content', () => {
    expect(htmlToText('a<script>alert("x")</script>b<style>p{}</style>c<!-- hidden -->d')).toBe('a b c d');
  });

  it('keeps a bare less-than sign that opens no tag', () => {
    expect(htmlToText('1 < 2 and 3 > 2')).toBe('1 < 2 and 3 > 2');
  });

  it('folds whitespace and removes control characters', () => {
    expect(htmlToText('  a\n\n\tb\u0007  ')).toBe('a b');
  });

  it('returns an empty string for nothing', () => {
    expect(htmlToText(null)).toBe('');
    expect(htmlToText(undefined)).toBe('');
  });
});

describe('sanitise', () => {
  it('removes scripts, event handlers, styles, iframes and javascript: links', () => {
    const dirty =
      '<p onclick="steal()" style="color:red">Hi<script>alert(1)</script></p>' +
      '<a href="javascript:alert(1)">x</a><iframe src="https://evil.example/">frame text</iframe>' +
      '<style>body{}</style><img src="x.png" onerror="steal()"><svg><script>1</script></svg>';
    const clean = sanitise(dirty, 'https://news.example/a/');
    expect(clean).not.toMatch(/script|onclick|onerror|style|iframe|javascript:|frame text|svg/i);
    expect(clean).toContain('<p>Hi</p>');
    expect(clean).toContain('<img src="https://news.example/a/x.png" />');
  });

  it('resolves relative links against the base and marks them nofollow', () => {
    const clean = sanitise('<a href="../report.pdf">Report</a>', 'https://news.example/2024/item');
    expect(clean).toBe('<a href="https://news.example/report.pdf" rel="noopener nofollow">Report</a>');
  });

  it('refuses data: images', () => {
    expect(sanitise('<img src="data:image/png;base64,AAAA">')).not.toContain('data:');
  });

  it('escapes plain text without calling the HTML sanitiser', () => {
    expect(sanitise('Tom &amp; Jerry > 2')).toBe('Tom &amp; Jerry &gt; 2');
  });

  it.each([
    ['<SCRIPT>alert(1)</SCRIPT>ok', 'ok'],
    ['<a href="  JaVaScRiPt:alert(1)">x</a>', '<a rel="noopener nofollow">x</a>'],
    ['<a href="java&#x09;script:alert(1)">x</a>', '<a rel="noopener nofollow">x</a>'],
    ['<a href="vbscript:x">x</a>', '<a rel="noopener nofollow">x</a>'],
    ['<img src="//cdn.example/i.png" srcset="evil.png 2x">', '<img src="https://cdn.example/i.png" />'],
    ['<!-- <script>alert(1)</script> -->text', 'text'],
    ['<p title="x" onmouseover="steal()" class="c">p</p>', '<p>p</p>'],
    ['<math><mi xlink:href="javascript:alert(1)">m</mi></math>after', 'after'],
    ['<svg><a href="https://x.example/">in svg</a></svg>after', 'after'],
    ['<span><font color="red">kept text</font></span>', 'kept text'],
    ['<b>unclosed <i>nesting', '<b>unclosed <i>nesting</i></b>'],
    ['</p></div>stray closers', '<p></p>stray closers'],
    [
      '<a href="https://x.example/?a=1&amp;b=&quot;2&quot;">q</a>',
      '<a href="https://x.example/?a=1&amp;b=%222%22" rel="noopener nofollow">q</a>',
    ],
    ['<iframe src="https://evil.example/"><p>fallback</p></iframe>', ''],
    ['<form><button>Click</button><input value="x"></form>gone', 'gone'],
    ['<h1>Head</h1><div>Block</div>', '<h2>Head</h2><p>Block</p>'],
    ['a &lt;script&gt; b', 'a &lt;script&gt; b'],
    ['<p>Fish &amp;amp; Chips&nbsp;&#x41;&copy</p>', '<p>Fish &amp;amp; Chips&nbsp;A\u00a9</p>'],
    [
      '<a href="/r?a=1&amp;b=2&copy=3" title="&quot;Q&quot; &lt;b&gt;">q</a>',
      '<a href="https://news.example/r?a=1&amp;b=2&amp;copy=3" title="&quot;Q&quot; <b>" rel="noopener nofollow">q</a>',
    ],
    ['<img src="x&#46;png" alt="&#x22;&amp;">', '<img src="https://news.example/x.png" alt="&quot;&amp;" />'],
    ['<xmp>&lt;b&gt; stays &amp;</xmp>', '&amp;lt;b&amp;gt; stays &amp;amp;'],
    ['<title>&lt;script&gt;</title>after', 'after'],
  ])('sanitises %s', (dirty, clean) => {
    expect(sanitise(dirty, 'https://news.example/')).toBe(clean);
  });
});

describe('sanitiseWithText', () => {
  it('gives the text htmlToText gives, entities decoded once, from the same pass', () => {
    const html =
      '<p>Fish &amp;amp; Chips</p><ul><li>a&nbsp;b</li><li>&#x41;\u0007</li></ul><script>x</script>';
    const result = sanitiseWithText(html, 'https://news.example/');
    expect(result.text).toBe(htmlToText(html));
    expect(result.text).toBe('Fish &amp; Chips a b A');
  });

  it('keeps a body with too many tags as escaped text, in time linear in its length', () => {
    // Deep nesting costs htmlparser2 time quadratic in the depth (300,000 tags: tens of seconds).
    const depth = 150_000;
    const html = `${'<b>'.repeat(depth)}x &lt;y&gt;<script>alert(1)</script>${'</b>'.repeat(depth)}`;
    const started = performance.now();
    const result = sanitiseWithText(html, 'https://news.example/');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result).toEqual({ html: '<p>x &lt;y&gt;</p>', text: 'x <y>' });
    // At the limit the fragment is still parsed as HTML.
    const flat = `${'<i>a</i>'.repeat(MAX_SANITISED_TAGS / 2)}`;
    expect(sanitiseWithText(flat).html).toBe(flat);
  });
});
