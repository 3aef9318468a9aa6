import { describe, expect, it } from 'vitest';
import { discoverFeeds } from '../src/discover';

describe('discoverFeeds', () => {
  it('lists advertised feeds best first, comment feeds last, body links after head links', () => {
    const html = `<html><head>
<link rel="alternate" type="application/rss+xml" title="Comments" href="/comments/feed">
<link rel="alternate" type="application/rss+xml" title="News" href="/feed.rss">
<link rel="alternate" type="application/atom+xml" title="Atom" href="https://cdn.example/atom.xml">
<link rel="alternate" type="application/feed+json" href="feed.json">
<link rel="stylesheet" type="text/css" href="/x.css">
<link rel="alternate" hreflang="lt" href="/lt/">
</head><body><a href="/rss.xml">RSS</a><a href="/feed.rss">dupe</a><a href="/about">About</a></body></html>`;
    expect(discoverFeeds(html, 'https://news.example/section/')).toEqual([
      { url: 'https://news.example/feed.rss', type: 'rss', title: 'News' },
      { url: 'https://cdn.example/atom.xml', type: 'atom', title: 'Atom' },
      { url: 'https://news.example/section/feed.json', type: 'jsonfeed', title: null },
      { url: 'https://news.example/comments/feed', type: 'rss', title: 'Comments' },
      { url: 'https://news.example/rss.xml', type: 'rss', title: 'RSS' },
    ]);
  });

  it('accepts rel with several tokens and honours <base>', () => {
    const html =
      '<head><base href="https://mirror.example/x/"><link rel="ALTERNATE home" type="application/atom+xml; charset=utf-8" href="a.atom"></head>';
    expect(discoverFeeds(html, 'https://news.example/')).toEqual([
      { url: 'https://mirror.example/x/a.atom', type: 'atom', title: null },
    ]);
  });

  it('returns nothing for a page without feeds or with unusable links', () => {
    expect(
      discoverFeeds(
        '<html><head><link rel="alternate" type="application/rss+xml" href="javascript:x()"></head></html>',
        'https://n.example/',
      ),
    ).toEqual([]);
    expect(discoverFeeds('', 'https://n.example/')).toEqual([]);
  });
});
