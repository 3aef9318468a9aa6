import { describe, expect, it } from 'vitest';
import { canonicaliseUrl } from '../src/url';

describe('canonicaliseUrl', () => {
  it.each([
    ['https://News.Example.ORG/Path?b=2&a=1#frag', 'https://news.example.org/Path?a=1&b=2'],
    ['https://x.example/a?utm_source=rss&utm_campaign=c&fbclid=1&gclid=2&id=7', 'https://x.example/a?id=7'],
    ['http://x.example:80/a/', 'http://x.example/a'],
    ['https://x.example:443/', 'https://x.example/'],
    ['https://x.example:8443/a', 'https://x.example:8443/a'],
    ['https://x.example./a', 'https://x.example/a'],
    ['  https://x.example/a  ', 'https://x.example/a'],
    ['https://x.example/a?xtor=RSS-1&mkt_tok=abc', 'https://x.example/a'],
  ])('canonicalises %s', (raw, expected) => {
    expect(canonicaliseUrl(raw)).toBe(expected);
  });

  it('resolves a relative URL against a base', () => {
    expect(canonicaliseUrl('../b?utm_medium=x', 'https://x.example/a/c')).toBe('https://x.example/b');
  });

  it.each(['javascript:alert(1)', 'mailto:a@b.example', 'not a url', 'ftp://x.example/'])(
    'returns null for %s',
    (raw) => {
      expect(canonicaliseUrl(raw)).toBeNull();
    },
  );

  it('keeps path case and meaningful parameters', () => {
    expect(canonicaliseUrl('https://x.example/News/Item?page=2')).toBe('https://x.example/News/Item?page=2');
  });
});
