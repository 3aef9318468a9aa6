// Escaping and control-character stripping: text that needs no change comes back unchanged, and
// everything else is cleaned the same way whichever path it takes.
import { describe, expect, it } from 'vitest';
import { escapeMarkup, stripControlChars } from '../src/text';

describe('escapeMarkup', () => {
  it('escapes markup and strips forbidden characters', () => {
    expect(escapeMarkup('a <b> & "c" \'d\'')).toBe('a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;');
    expect(escapeMarkup('x\u0001\u0008\u000b\u001b\u007f\u0085\uFFFE\uFFFFy')).toBe('xy');
    expect(escapeMarkup('keeps\ttab\nnewline\rreturn')).toBe('keeps\ttab\nnewline\rreturn');
    expect(escapeMarkup('')).toBe('');
    expect(escapeMarkup(null)).toBe('');
    expect(escapeMarkup(undefined)).toBe('');
  });

  it('keeps surrogate pairs and drops lone surrogates', () => {
    expect(escapeMarkup('flag 🇱🇹 & smile 😀')).toBe('flag 🇱🇹 &amp; smile 😀');
    expect(escapeMarkup('lone \uD800 high, lone \uDC00 low, <pair> \uD83D\uDE00')).toBe(
      'lone  high, lone  low, &lt;pair&gt; \uD83D\uDE00',
    );
  });

  it('returns plain text as it is', () => {
    const plain = 'Prieglobsčio prašymų daugėja – Интеграция беженцев';
    expect(escapeMarkup(plain)).toBe(plain);
    expect(stripControlChars(plain)).toBe(plain);
  });
});

describe('stripControlChars', () => {
  it('removes only what XML 1.0 forbids', () => {
    expect(stripControlChars('<a>&\u0000\u001f\uD800')).toBe('<a>&');
    expect(stripControlChars('\uD83D\uDE00\u0009')).toBe('\uD83D\uDE00\u0009');
  });
});
