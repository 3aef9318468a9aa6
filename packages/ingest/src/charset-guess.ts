// Guesses the legacy charset of bytes that declare none (or declare UTF-8 wrongly). Each
// candidate decoding is scored on how much it looks like real text: letters score, C1 control
// characters and stray symbols cost, and so do words that mix scripts or flip case mid-word
// (the signature of KOI8-R read as windows-1251 and the reverse). The language the document
// declares breaks near ties.

const CANDIDATES = [
  'windows-1251',
  'koi8-r',
  'windows-1250',
  'iso-8859-2',
  'windows-1257',
  'iso-8859-13',
  'windows-1252',
];

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

function fitsOneAlphabet(word: string): boolean {
  const letters = word.toLowerCase().replace(/[a-z]/g, '');
  return ALPHABETS.some((alphabet) => [...letters].every((ch) => alphabet.includes(ch)));
}

function declaredLanguage(head: string): string | null {
  const match =
    /<language>\s*([a-z]{2})/i.exec(head) ??
    /\b(?:xml:)?lang\s*=\s*["']([a-z]{2})/i.exec(head) ??
    /"language"\s*:\s*"([a-z]{2})/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

function isCased(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

function scoreWord(word: string): number {
  let score = 0;
  let cyrillic = false;
  let ascii = false;
  let flips = 0;
  let previousLower = false;
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    const lower = ch !== ch.toUpperCase();
    if (code < 0x80) ascii = true;
    else {
      if (code >= 0x400 && code <= 0x4ff) cyrillic = true;
      score += lower ? 1 : 0.25;
    }
    if (previousLower && !lower) flips++;
    previousLower = lower;
  }
  if (score === 0) return 0;
  if (cyrillic && ascii) score -= 3;
  if (!cyrillic && !ascii && word.length >= 3) score -= 2;
  if (!cyrillic && !fitsOneAlphabet(word)) score -= 3;
  return score - 2 * Math.min(flips, 1);
}

/** Higher is more plausible. Only non-ASCII characters carry evidence. */
export function scoreText(text: string): number {
  let score = 0;
  let word = '';
  for (const ch of text) {
    if (isCased(ch)) {
      word += ch;
      continue;
    }
    if (word) score += scoreWord(word);
    word = '';
    const code = ch.charCodeAt(0);
    if (code >= 0x80) score -= code <= 0x9f ? 5 : 1;
  }
  return word ? score + scoreWord(word) : score;
}

function isWordByte(b: number): boolean {
  return b >= 0x80 || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

/**
 * Only words holding a byte above 0x7f tell the charsets apart: keep those, space-separated, so
 * that each candidate decodes and scores a fraction of the document.
 */
function extractEvidence(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
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
      for (let j = start; j < i; j++) out.push(bytes[j] as number);
      out.push(0x20);
    }
    start = -1;
    high = false;
  }
  return Uint8Array.from(out);
}

/** The most plausible legacy charset for bytes that are not UTF-8. */
export function guessLegacyCharset(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const language = declaredLanguage(new TextDecoder('latin1').decode(sample.subarray(0, 4096)));
  const hinted = (language && LANGUAGE_CHARSETS[language]) || [];
  const evidence = extractEvidence(sample);
  let best = 'windows-1252';
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const charset of CANDIDATES) {
    const text = new TextDecoder(charset).decode(evidence);
    const nonAscii = text.replace(/[\x00-\x7f]+/g, '').length;
    const score = scoreText(text) + (hinted.includes(charset) ? nonAscii * 0.3 : 0);
    if (score > bestScore) {
      best = charset;
      bestScore = score;
    }
  }
  return best;
}
