// Guesses the legacy charset of bytes that declare none (or declare UTF-8 wrongly). Each
// candidate reading is scored on how much it looks like real text: letters score, C1 control
// characters and stray symbols cost, and so do words that mix scripts or alphabets or flip case
// mid-word (the signature of KOI8-R read as windows-1251 and the reverse). The language the
// document declares breaks near ties, and so does the alphabet most of the words share. Scoring
// runs on the bytes through one lookup table per charset, so no candidate is decoded to a string.
// `judgeDeclaredCharset` holds a declared legacy charset against the same scores, so a feed
// labelled windows-1251 that is really KOI8-R (or ISO-8859-1 that is really windows-1257) is read
// as what its bytes show.

import { Buffer } from 'node:buffer';

const CYRILLIC = ['windows-1251', 'koi8-r'];
const LATIN = ['windows-1250', 'iso-8859-2', 'windows-1257', 'iso-8859-13', 'windows-1252'];

const LANGUAGE_CHARSETS: Record<string, string[]> = {
  ru: ['windows-1251', 'koi8-r'],
  uk: ['windows-1251'],
  be: ['windows-1251'],
  bg: ['windows-1251'],
  sr: ['windows-1251'],
  lt: ['windows-1257', 'iso-8859-13'],
  lv: ['windows-1257', 'iso-8859-13'],
  et: ['windows-1257', 'iso-8859-13'],
  pl: ['iso-8859-2', 'windows-1250'],
  cs: ['windows-1250', 'iso-8859-2'],
  sk: ['windows-1250', 'iso-8859-2'],
  hu: ['windows-1250', 'iso-8859-2'],
};

const SAMPLE_BYTES = 64 * 1024;
const HINT_BONUS_PER_BYTE = 0.3;
/** Per word that the most shared alphabet holds: a tie-breaker between Latin-script charsets. */
const SHARED_ALPHABET_BONUS = 0.5;
/** How much better than a declared charset a reading must score to overrule it. */
const OVERRULE_MIN_GAIN = 4;
const OVERRULE_MIN_SHARE = 0.2;

/** Non-ASCII letters of Latin-script languages; a real word draws on one alphabet only. */
const ALPHABETS = [
  'ąčęėįšųūž', // lt
  'āčēģīķļņšūž', // lv
  'äõöüšž', // et
  'ąćęłńóśźż', // pl
  'áčďéěíňóřšťúůýž', // cs
  'áäčďéíĺľňóôŕšťúýž', // sk
  'áéíóöőúüű', // hu
  'čćđšž', // hr, sl, bs
  'ăâîșşțţ', // ro
  'äöüß', // de
  'àâæçéèêëîïôœùûüÿ', // fr
  'áéíñóúüãõçàâêôèìòù', // es, pt, it
];
const ANY_ALPHABET = (1 << ALPHABETS.length) - 1;

const LETTER = 1;
const LOWER = 2;
const CYRILLIC_LETTER = 4;
const CONTROL = 8;

/** What each byte means in one charset: flag bits, and the alphabets holding it (bit i: ALPHABETS[i]). */
interface ByteTable {
  flags: Uint8Array;
  alphabets: Uint16Array;
}

const tables = new Map<string, ByteTable>();

/**
 * The first bytes as text, one character per byte (ISO-8859-1), for finding ASCII declarations
 * such as `encoding="..."` or `lang="..."`: cheaper than a TextDecoder for a few kilobytes.
 */
export function latin1Head(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(length, bytes.length)).toString('latin1');
}

function tableFor(charset: string): ByteTable {
  let table = tables.get(charset);
  if (table) return table;
  const decoder = new TextDecoder(charset);
  table = { flags: new Uint8Array(256), alphabets: new Uint16Array(256) };
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    const lower = ch.toLowerCase();
    const code = ch.charCodeAt(0);
    let flags = lower !== ch.toUpperCase() ? LETTER : 0;
    if (flags && ch === lower) flags |= LOWER;
    if (code >= 0x400 && code <= 0x4ff) flags |= CYRILLIC_LETTER;
    if (code >= 0x80 && code <= 0x9f) flags |= CONTROL;
    let alphabets = b < 0x80 ? ANY_ALPHABET : 0;
    if (b >= 0x80) {
      for (const [i, alphabet] of ALPHABETS.entries()) if (alphabet.includes(lower)) alphabets |= 1 << i;
    }
    table.flags[b] = flags;
    table.alphabets[b] = alphabets;
  }
  tables.set(charset, table);
  return table;
}

function declaredLanguage(head: string): string | null {
  const match =
    /<language>\s*([a-z]{2})/i.exec(head) ??
    /\b(?:xml:)?lang\s*=\s*["']([a-z]{2})/i.exec(head) ??
    /"language"\s*:\s*"([a-z]{2})/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/** Score of one word from what the scan saw in it. */
function scoreWord(
  length: number,
  letters: number,
  ascii: boolean,
  cyrillic: boolean,
  flipped: boolean,
  alphabets: number,
): number {
  if (letters === 0) return 0;
  let score = letters;
  if (cyrillic && ascii) score -= 3;
  if (!cyrillic && !ascii && length >= 3) score -= 2;
  if (!cyrillic && alphabets === 0) score -= 3;
  return flipped ? score - 2 : score;
}

/**
 * Higher is more plausible. Only bytes above 0x7f carry evidence. The word being read is kept
 * in local variables, reset between words: this runs once per candidate charset.
 */
export function scoreBytes(bytes: Uint8Array, charset: string): number {
  const { flags, alphabets } = tableFor(charset);
  // Words per alphabet (Latin-script words with letters above 0x7f that some alphabet holds).
  const shared = new Uint32Array(ALPHABETS.length);
  let score = 0;
  let length = 0;
  let letters = 0;
  let ascii = false;
  let cyrillic = false;
  let flipped = false;
  let previousLower = false;
  let wordAlphabets = ANY_ALPHABET;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    const f = flags[b] as number;
    if (f & LETTER) {
      const lower = (f & LOWER) !== 0;
      length++;
      if (b < 0x80) ascii = true;
      else {
        letters += lower ? 1 : 0.25;
        if (f & CYRILLIC_LETTER) cyrillic = true;
        wordAlphabets &= alphabets[b] as number;
      }
      if (previousLower && !lower) flipped = true;
      previousLower = lower;
      continue;
    }
    if (length) {
      score += scoreWord(length, letters, ascii, cyrillic, flipped, wordAlphabets);
      if (letters > 0 && !cyrillic && wordAlphabets !== ANY_ALPHABET) countAlphabets(shared, wordAlphabets);
      length = 0;
      letters = 0;
      ascii = false;
      cyrillic = false;
      flipped = false;
      previousLower = false;
      wordAlphabets = ANY_ALPHABET;
    }
    if (b >= 0x80) score -= f & CONTROL ? 5 : 1;
  }
  if (length) {
    score += scoreWord(length, letters, ascii, cyrillic, flipped, wordAlphabets);
    if (letters > 0 && !cyrillic && wordAlphabets !== ANY_ALPHABET) countAlphabets(shared, wordAlphabets);
  }
  let most = 0;
  for (const count of shared) if (count > most) most = count;
  return score + most * SHARED_ALPHABET_BONUS;
}

function countAlphabets(shared: Uint32Array, mask: number): void {
  for (let i = 0; mask !== 0; i++, mask >>>= 1) if (mask & 1) shared[i] = (shared[i] as number) + 1;
}

/**
 * Cyrillic text is written almost wholly in bytes above 0x7f, Latin-script text mostly in
 * ASCII: the share of high bytes among letter-range bytes picks which family to score.
 */
function candidatesFor(sample: Uint8Array): { candidates: string[]; highBytes: number } {
  let high = 0;
  let asciiLetters = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b >= 0x80) high++;
    else if ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) asciiLetters++;
  }
  // Markup is ASCII letters too, so even a Cyrillic feed shows a minority of high bytes.
  const cyrillicLike = high > 0.25 * (high + asciiLetters);
  return { candidates: cyrillicLike ? CYRILLIC : LATIN, highBytes: high };
}

function isWordByte(b: number): boolean {
  return b >= 0x80 || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a);
}

/**
 * Only words holding a byte above 0x7f tell the charsets apart: keep those, space-separated, so
 * that each candidate scores a fraction of the document (markup and ASCII text drop out).
 */
function extractEvidence(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 1);
  let length = 0;
  let start = -1;
  let high = false;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? (bytes[i] as number) : 0x20;
    if (isWordByte(b)) {
      if (start < 0) start = i;
      if (b >= 0x80) high = true;
      continue;
    }
    if (start >= 0 && high) {
      // Copied byte by byte: a subarray per word costs more than the copy.
      for (let j = start; j < i; j++) out[length++] = bytes[j] as number;
      out[length++] = 0x20;
    }
    start = -1;
    high = false;
  }
  return out.subarray(0, length);
}

interface Reading {
  charset: string;
  score: number;
}

/** Scores of the candidate charsets for the bytes (plus `extra`), best first. */
function rankReadings(bytes: Uint8Array, extra?: string): Reading[] {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const language = declaredLanguage(latin1Head(sample, 4096));
  const hinted = (language && LANGUAGE_CHARSETS[language]) || [];
  const { candidates, highBytes } = candidatesFor(sample);
  const evidence = extractEvidence(sample);
  const charsets = extra && !candidates.includes(extra) ? [...candidates, extra] : candidates;
  const readings = charsets.map((charset) => ({
    charset,
    score: scoreBytes(evidence, charset) + (hinted.includes(charset) ? highBytes * HINT_BONUS_PER_BYTE : 0),
  }));
  // Stable: on a tie the earlier candidate stays first.
  return readings.sort((a, b) => b.score - a.score);
}

/** The most plausible legacy charset for bytes that are not UTF-8. */
export function guessLegacyCharset(bytes: Uint8Array): string {
  return rankReadings(bytes)[0]?.charset ?? 'windows-1252';
}

/**
 * For bytes that declare a legacy charset (WHATWG name) and are not UTF-8: the charset to read
 * them in instead, when the declaration is one the guess knows and another candidate reads the
 * bytes clearly better; otherwise null (keep the declaration). A near tie keeps the declaration,
 * so windows-1257 and ISO-8859-13, or windows-1252 over German, are never second-guessed.
 */
export function judgeDeclaredCharset(bytes: Uint8Array, declared: string): string | null {
  if (!CYRILLIC.includes(declared) && !LATIN.includes(declared)) return null;
  const readings = rankReadings(bytes, declared);
  const best = readings[0];
  const own = readings.find((r) => r.charset === declared);
  if (!best || !own || best.charset === declared) return null;
  const gain = best.score - own.score;
  return gain >= Math.max(OVERRULE_MIN_GAIN, Math.abs(best.score) * OVERRULE_MIN_SHARE) ? best.charset : null;
}
