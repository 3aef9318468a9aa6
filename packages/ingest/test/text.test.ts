import { describe, expect, it } from 'vitest';
import { htmlToText, sanitise } from '../src/text';

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
});
