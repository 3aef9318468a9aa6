import { describe, expect, it } from 'vitest';
import { digest, itemKey, itemKeyFor } from '../src/key';

const unique = { urlIsUnique: true, guidIsUnique: true };

describe('itemKeyFor', () => {
  it('prefers a unique canonical URL over the GUID', () => {
    const a = itemKeyFor({ guid: 'g1', canonicalUrl: 'https://x.example/a', title: 'T' }, unique);
    const b = itemKeyFor({ guid: 'g2-rotated', canonicalUrl: 'https://x.example/a', title: 'T' }, unique);
    expect(a).toBe(b);
  });

  it('uses the GUID when there is no URL or the URL repeats', () => {
    const noUrl = itemKeyFor({ guid: 'g1', canonicalUrl: null, title: 'T' }, unique);
    const repeated = itemKeyFor(
      { guid: 'g1', canonicalUrl: 'https://x.example/list', title: 'T' },
      { urlIsUnique: false, guidIsUnique: true },
    );
    expect(noUrl).toBe(repeated);
    expect(noUrl).not.toBe(itemKeyFor({ guid: 'g2', canonicalUrl: null, title: 'T' }, unique));
  });

  it('combines URL and title when both URL and GUID repeat', () => {
    const trust = { urlIsUnique: false, guidIsUnique: false };
    const one = itemKeyFor({ guid: 'g', canonicalUrl: 'https://x.example/list', title: 'One' }, trust);
    const two = itemKeyFor({ guid: 'g', canonicalUrl: 'https://x.example/list', title: 'Two' }, trust);
    expect(one).not.toBe(two);
  });

  it('falls back to the title, ignoring case and spacing', () => {
    const trust = { urlIsUnique: false, guidIsUnique: false };
    expect(itemKeyFor({ guid: null, canonicalUrl: null, title: ' Asylum  News ' }, trust)).toBe(
      itemKeyFor({ guid: null, canonicalUrl: null, title: 'asylum news' }, trust),
    );
  });

  it('is a 32-character hex digest', () => {
    expect(itemKeyFor({ guid: null, canonicalUrl: 'https://x.example/', title: '' }, unique)).toMatch(
      /^[0-9a-f]{32}$/,
    );
  });

  it('keeps the older itemKey form working', () => {
    expect(itemKey({ guid: 'g', canonicalUrl: 'https://x.example/a', title: 'T' }, true)).toBe(
      digest('url', 'https://x.example/a'),
    );
  });
});

describe('digest', () => {
  it('separates parts so that their boundaries matter', () => {
    expect(digest('ab', 'c')).not.toBe(digest('a', 'bc'));
  });
});
