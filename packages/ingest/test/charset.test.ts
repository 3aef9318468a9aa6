import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../src/charset';
import { parseDocument } from '../src/parse';
import { readTestdata } from '../testdata/read';

const TITLES = {
  ru: 'Число заявлений об убежище в ЕС выросло на 18 процентов',
  lt: 'Migracijos departamentas gavo daugiau prieglobsčio prašymų nei pernai',
  pl: 'Straż Graniczna: więcej wniosków o ochronę międzynarodową niż przed rokiem',
};

const DECLARED: Array<[string, keyof typeof TITLES, string, string]> = [
  ['ru-windows-1251.xml', 'ru', 'windows-1251', 'prolog'],
  ['ru-koi8-r.xml', 'ru', 'koi8-r', 'prolog'],
  ['lt-windows-1257.xml', 'lt', 'windows-1257', 'prolog'],
  ['lt-iso-8859-13.xml', 'lt', 'iso-8859-13', 'prolog'],
  ['pl-iso-8859-2.xml', 'pl', 'iso-8859-2', 'prolog'],
  ['lt-utf-16le-bom.xml', 'lt', 'utf-16le', 'bom'],
  ['pl-utf-16be-bom.xml', 'pl', 'utf-16be', 'bom'],
  ['ru-utf-16le-nobom.xml', 'ru', 'utf-16le', 'utf-16-pattern'],
  ['ru-utf-16be-nobom.xml', 'ru', 'utf-16be', 'utf-16-pattern'],
];

describe('decodeDocument', () => {
  it.each(DECLARED)('reads %s as %s without replacement characters', async (file, lang, charset, source) => {
    const bytes = readTestdata(`charsets/${file}`);
    const decoded = decodeDocument(bytes);
    expect(decoded.charset).toBe(charset);
    expect(decoded.source).toBe(source);
    expect(decoded.text).not.toContain('\ufffd');
    const feed = await parseDocument(bytes, { baseUrl: 'https://example.org/' });
    expect(feed.items[0]?.title).toBe(TITLES[lang]);
    expect(feed.items).toHaveLength(2);
  });

  it.each([
    ['ru-windows-1251-undeclared.xml', 'ru', 'windows-1251'],
    ['ru-koi8-r-undeclared.xml', 'ru', 'koi8-r'],
    ['lt-windows-1257-undeclared.xml', 'lt', 'windows-1257'],
    ['pl-iso-8859-2-undeclared.xml', 'pl', 'iso-8859-2'],
  ] as const)('guesses the charset of %s, which declares none', (file, lang, charset) => {
    const decoded = decodeDocument(readTestdata(`charsets/${file}`));
    expect(decoded.source).toBe('guess');
    expect(decoded.charset).toBe(charset);
    expect(decoded.text).toContain(TITLES[lang]);
    expect(decoded.warnings.join()).toMatch(/not UTF-8/);
  });

  it('ignores a header claiming UTF-8 over windows-1251 bytes and uses the prolog', () => {
    const decoded = decodeDocument(
      readTestdata('charsets/ru-windows-1251.xml'),
      'application/rss+xml; charset=utf-8',
    );
    expect(decoded.charset).toBe('windows-1251');
    expect(decoded.source).toBe('prolog');
    expect(decoded.text).toContain(TITLES.ru);
    expect(decoded.warnings[0]).toMatch(/header declares utf-8 but the bytes are not UTF-8/);
  });

  it('guesses when the header claims UTF-8 over windows-1251 bytes and nothing else is declared', () => {
    const decoded = decodeDocument(
      readTestdata('charsets/ru-windows-1251-undeclared.xml'),
      'text/xml; charset=UTF-8',
    );
    expect(decoded.charset).toBe('windows-1251');
    expect(decoded.text).toContain(TITLES.ru);
  });

  it('guesses when the prolog claims UTF-8 over windows-1251 bytes', () => {
    const decoded = decodeDocument(readTestdata('charsets/ru-windows-1251-prolog-utf-8.xml'));
    expect(decoded.charset).toBe('windows-1251');
    expect(decoded.text).toContain(TITLES.ru);
  });

  it('reads valid UTF-8 as UTF-8 when the prolog says iso-8859-1', () => {
    const decoded = decodeDocument(readTestdata('charsets/lt-utf-8-prolog-latin1.xml'));
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text).toContain(TITLES.lt);
    expect(decoded.warnings[0]).toMatch(/declares ISO-8859-1 but the bytes are valid UTF-8/);
  });

  it('reads valid UTF-8 as UTF-8 when the header says windows-1252', () => {
    const bytes = new TextEncoder().encode(
      `<rss version="2.0"><channel><title>${TITLES.pl}</title></channel></rss>`,
    );
    const decoded = decodeDocument(bytes, 'text/xml; charset=windows-1252');
    expect(decoded.text).toContain(TITLES.pl);
  });

  it('lets the header win over the prolog when both fit the bytes', () => {
    const bytes = readTestdata('charsets/lt-iso-8859-13.xml');
    const decoded = decodeDocument(bytes, 'text/xml; charset=windows-1257');
    expect(decoded.source).toBe('header');
    expect(decoded.charset).toBe('windows-1257');
  });

  it('ignores a UTF-16 declaration over 8-bit bytes (a server transcoded the feed)', () => {
    const bytes = new TextEncoder().encode(
      `<?xml version="1.0" encoding="UTF-16"?><rss><channel><title>${TITLES.lt}</title></channel></rss>`,
    );
    const decoded = decodeDocument(bytes, 'text/xml; charset=utf-16');
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text).toContain(TITLES.lt);
    expect(decoded.warnings).toEqual([
      'header declares utf-16 but the bytes are 8-bit: ignored',
      'prolog declares UTF-16 but the bytes are 8-bit: ignored',
    ]);
  });

  it('reports an unknown charset label and still decodes', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="x-made-up"?><rss/>');
    const decoded = decodeDocument(bytes);
    expect(decoded.text).toContain('<rss/>');
    expect(decoded.warnings[0]).toMatch(/unknown charset "x-made-up"/);
  });

  it('reads the charset from an HTML meta tag', () => {
    const html = '<html><head><meta charset="windows-1251"><title>т</title></head></html>';
    const bytes = new Uint8Array([...html].map((ch) => (ch === 'т' ? 0xf2 : ch.charCodeAt(0))));
    const decoded = decodeDocument(bytes);
    expect(decoded.source).toBe('meta');
    expect(decoded.text).toContain('<title>т</title>');
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<rss/>')]);
    expect(decodeDocument(bytes).text).toBe('<rss/>');
  });

  // A legacy charset's bytes for a string, from the decoder's own table (no encoder needed).
  const encodeLegacy = (text: string, charset: string): Uint8Array => {
    const decoder = new TextDecoder(charset);
    const byChar = new Map<string, number>();
    for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
    return Uint8Array.from([...text], (ch) => {
      const b = byChar.get(ch);
      if (b === undefined) throw new Error(`${ch} is not in ${charset}`);
      return b;
    });
  };
  const feedIn = (title: string, prolog: string) =>
    `<?xml version="1.0" encoding="${prolog}"?><rss version="2.0"><channel><title>${title}</title>` +
    `<item><title>${title}</title><link>https://example.org/1</link><description>${title}. ${title}.</description></item>` +
    '</channel></rss>';

  it.each([
    ['koi8-r', 'windows-1251', undefined, 'Мигранты прибыли в Вильнюс'],
    ['windows-1251', 'koi8-r', undefined, 'Мигранты прибыли в Вильнюс'],
    ['windows-1251', 'ISO-8859-1', undefined, 'Мигранты прибыли в Вильнюс'],
    ['windows-1257', 'ISO-8859-1', undefined, 'Migrantai atvyko į Vilnių, prieglobsčio prašytojai'],
    ['iso-8859-13', 'UTF-8', 'text/xml', 'Migrantai atvyko į Vilnių, prieglobsčio prašytojai'],
    ['iso-8859-2', 'windows-1252', 'text/xml; charset=windows-1252', 'Uchodźcy przybyli do Łodzi, żółw'],
  ] as const)(
    'reads %s bytes declared as %s by what they show',
    async (actual, prolog, contentType, title) => {
      const bytes = encodeLegacy(feedIn(title, prolog), actual);
      const decoded = decodeDocument(bytes, contentType);
      expect(decoded.text).toContain(`<title>${title}</title>`);
      expect(decoded.source).toBe('guess');
      const feed = await parseDocument(bytes, { baseUrl: 'https://example.org/', contentType });
      expect(feed.items[0]?.title).toBe(title);
    },
  );

  it('keeps a legacy declaration that reads the bytes as well as any other', () => {
    const german = 'Flüchtlinge müssen länger warten, heißt es aus Großstädten';
    const decoded = decodeDocument(encodeLegacy(feedIn(german, 'windows-1252'), 'windows-1252'));
    expect(decoded.source).toBe('prolog');
    expect(decoded.charset).toBe('windows-1252');
    const french = 'Les réfugiés arrivés à Vilnius très tôt reçoivent une aide';
    expect(decodeDocument(encodeLegacy(feedIn(french, 'ISO-8859-1'), 'windows-1252')).source).toBe('prolog');
    const overruled = decodeDocument(encodeLegacy(feedIn('Мигранты прибыли', 'windows-1251'), 'koi8-r'));
    expect(overruled.warnings).toContain(
      'prolog declares windows-1251 but the bytes read as koi8-r: decoded as koi8-r',
    );
  });

  it('decodes random bytes under any declaration without throwing', () => {
    let seed = 3;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    const labels = [
      undefined,
      'text/xml; charset=utf-8',
      'text/html; charset=koi8-r',
      'text/xml; charset=bogus',
    ];
    const failures: string[] = [];
    for (let round = 0; round < 200; round++) {
      const bytes = Uint8Array.from({ length: next(300) }, () => next(256));
      try {
        decodeDocument(bytes, labels[round % labels.length]);
      } catch (error) {
        failures.push(String(error));
      }
    }
    expect(failures).toEqual([]);
  });
});
