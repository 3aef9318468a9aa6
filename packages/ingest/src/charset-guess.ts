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

/** Higher is more plausible. Only non-ASCII characters carry evidence. */
export function scoreText(text: string): number {
  let score = 0;
  for (const word of text.split(/[^\p{L}]+/u)) {
    if (!/[^\x00-\x7f]/.test(word)) continue;
    const cyrillic = /\p{Script=Cyrillic}/u.test(word);
    const asciiLetters = /[a-z]/i.test(word);
    if (cyrillic && asciiLetters) score -= 3;
    if (!cyrillic && !asciiLetters && word.length >= 3) score -= 2;
    if (!cyrillic && !fitsOneAlphabet(word)) score -= 3;
    if (/\p{Ll}\p{Lu}/u.test(word)) score -= 2;
    for (const ch of word) if (ch > '\x7f') score += /\p{Ll}/u.test(ch) ? 1 : 0.25;
  }
  for (const ch of text.replace(/[\x00-\x7f\p{L}]+/gu, '')) {
    score -= ch >= '\x80' && ch <= '\x9f' ? 5 : 1;
  }
  return score;
}

/** The most plausible legacy charset for bytes that are not UTF-8. */
export function guessLegacyCharset(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const language = declaredLanguage(new TextDecoder('latin1').decode(sample.subarray(0, 4096)));
  const hinted = (language && LANGUAGE_CHARSETS[language]) || [];
  let best = 'windows-1252';
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const charset of CANDIDATES) {
    const text = new TextDecoder(charset).decode(sample);
    const nonAscii = text.replace(/[\x00-\x7f]+/g, '').length;
    const score = scoreText(text) + (hinted.includes(charset) ? nonAscii * 0.3 : 0);
    if (score > bestScore) {
      best = charset;
      bestScore = score;
    }
  }
  return best;
}
