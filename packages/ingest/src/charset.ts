// Decodes raw feed or page bytes to a string. Precedence, strongest evidence first:
//   1. a byte-order mark;
//   2. the UTF-16 zero-byte pattern of `<` (UTF-16 without a BOM);
//   3. bytes that are valid UTF-8 and contain multi-byte sequences: UTF-8, whatever is declared,
//      because legacy-charset text is practically never valid UTF-8 by accident;
//   4. the first declaration that fits the bytes: HTTP header, then XML prolog, then HTML meta;
//   5. a guess among legacy charsets (see charset-guess.ts), helped by the declared language.
// A declaration of UTF-8 over bytes that are not UTF-8 is ignored, so a wrong header does not
// turn a windows-1251 feed into U+FFFD. A legacy declaration the guess knows (windows-1251,
// KOI8-R, windows-1250/1252/1257, ISO-8859-1/2/13) is held against the guess's scores: when
// another of them reads the bytes clearly better (KOI8-R labelled windows-1251 flips case inside
// every word; ISO-8859-2 labelled windows-1252 is full of stray symbols), that one is used.
import { isAscii, isUtf8 } from 'node:buffer';
import { guessLegacyCharset, judgeDeclaredCharset, latin1Head } from './charset-guess';

export type CharsetSource = 'bom' | 'utf-16-pattern' | 'utf-8-valid' | 'header' | 'prolog' | 'meta' | 'guess';

export interface DecodedDocument {
  text: string;
  /** WHATWG name of the charset used. */
  charset: string;
  source: CharsetSource;
  /** Why a declaration was overruled, when one was. */
  warnings: string[];
}

const decoders = new Map<string, TextDecoder>();
const labels = new Map<string, string | null>();

/** One decoder per charset, reused: building one costs more than decoding a small feed. */
function decoderFor(charset: string): TextDecoder {
  let decoder = decoders.get(charset);
  if (!decoder) {
    decoder = new TextDecoder(charset);
    decoders.set(charset, decoder);
  }
  return decoder;
}

export function charsetFromContentType(contentType: string | undefined): string | null {
  const match = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return match?.[1] ?? null;
}

function prologCharset(head: string): string | null {
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? null;
}

function metaCharset(head: string): string | null {
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM: markup starts with ASCII, so every other byte is zero. */
function utf16Pattern(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.75 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.75 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** The WHATWG name for a charset label, or null when TextDecoder does not know it. */
export function normaliseCharset(label: string | null): string | null {
  if (!label) return null;
  const key = label.toLowerCase();
  if (!labels.has(key)) {
    try {
      labels.set(key, new TextDecoder(key).encoding);
    } catch {
      labels.set(key, null);
    }
  }
  return labels.get(key) ?? null;
}

interface Declaration {
  source: 'header' | 'prolog' | 'meta';
  label: string;
  charset: string | null;
}

function readDeclarations(bytes: Uint8Array, contentType: string | undefined): Declaration[] {
  const head = latin1Head(bytes, 2048);
  const found: Array<[Declaration['source'], string | null]> = [
    ['header', charsetFromContentType(contentType)],
    ['prolog', prologCharset(head)],
    ['meta', metaCharset(head)],
  ];
  return found
    .filter((entry): entry is [Declaration['source'], string] => entry[1] !== null)
    .map(([source, label]) => ({ source, label, charset: normaliseCharset(label) }));
}

function decodeAs(bytes: Uint8Array, charset: string, source: CharsetSource, warnings: string[]) {
  return { text: decoderFor(charset).decode(bytes), charset, source, warnings };
}

/** Decodes bytes to text, choosing the charset as described at the top of this file. */
export function decodeDocument(bytes: Uint8Array, contentType?: string): DecodedDocument {
  const warnings: string[] = [];
  const bom = bomCharset(bytes);
  if (bom) return decodeAs(bytes, bom, 'bom', warnings);
  const wide = utf16Pattern(bytes);
  if (wide) return decodeAs(bytes, wide, 'utf-16-pattern', warnings);

  const declarations = readDeclarations(bytes, contentType);
  for (const d of declarations) {
    if (!d.charset) warnings.push(`unknown charset "${d.label}" declared in ${d.source}: ignored`);
  }
  // UTF-16 declared over 8-bit bytes means a server transcoded and kept the old prolog.
  const usable = declarations.filter((d) => d.charset && !d.charset.startsWith('utf-16'));
  for (const d of declarations) {
    if (d.charset?.startsWith('utf-16'))
      warnings.push(`${d.source} declares ${d.label} but the bytes are 8-bit: ignored`);
  }
  const first = usable[0];
  if (isAscii(bytes)) {
    return {
      text: decoderFor('utf-8').decode(bytes),
      charset: first?.charset ?? 'utf-8',
      source: first?.source ?? 'utf-8-valid',
      warnings,
    };
  }
  if (isUtf8(bytes)) {
    if (first && first.charset !== 'utf-8') {
      warnings.push(
        `${first.source} declares ${first.label} but the bytes are valid UTF-8: decoded as UTF-8`,
      );
    }
    return { text: decoderFor('utf-8').decode(bytes), charset: 'utf-8', source: 'utf-8-valid', warnings };
  }
  const legacy = usable.find((d) => d.charset !== 'utf-8');
  if (legacy?.charset) {
    if (first && first !== legacy) {
      warnings.push(
        `${first.source} declares ${first.label} but the bytes are not UTF-8: used ${legacy.source} (${legacy.label})`,
      );
    }
    const better = judgeDeclaredCharset(bytes, legacy.charset);
    if (better) {
      warnings.push(
        `${legacy.source} declares ${legacy.label} but the bytes read as ${better}: decoded as ${better}`,
      );
      return decodeAs(bytes, better, 'guess', warnings);
    }
    return decodeAs(bytes, legacy.charset, legacy.source, warnings);
  }
  const guessed = guessLegacyCharset(bytes);
  warnings.push(
    first
      ? `${first.source} declares ${first.label} but the bytes are not UTF-8: guessed ${guessed}`
      : `no charset declared and the bytes are not UTF-8: guessed ${guessed}`,
  );
  return decodeAs(bytes, guessed, 'guess', warnings);
}

/** Decodes raw feed or page bytes to a string (see `decodeDocument`). */
export function decodeBody(bytes: Uint8Array, contentType?: string): string {
  return decodeDocument(bytes, contentType).text;
}
