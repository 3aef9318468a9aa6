// The languages the detector can name, and the code tables that translate the two text models'
// codes (franc: ISO 639-3, eld: ISO 639-1) into ISO 639-1.

/** Languages of the European Union (ISO 639-1). */
export const EU_LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;

/**
 * Languages migration news sources publish in: the EU languages, the rest of Europe, and the
 * languages of the main countries of origin and transit. Restricting candidates to these keeps
 * short texts from drifting into look-alike languages nobody publishes in (Scots, Malay, Tagalog).
 */
export const DEFAULT_CANDIDATES: readonly string[] = [
  ...EU_LANGUAGES,
  'ru',
  'uk',
  'be',
  'no',
  'is',
  'sq',
  'sr',
  'mk',
  'ca',
  'eu',
  'tr',
  'ar',
  'fa',
  'ku',
  'ur',
  'he',
  'ka',
  'hy',
  'az',
  'kk',
  'hi',
  'bn',
  'am',
  'zh',
  'ja',
  'ko',
  'th',
  'vi',
];

/** The 60 languages eld's databases know; franc speaks only for candidates outside this list. */
export const ELD_LANGUAGES: ReadonlySet<string> = new Set([
  'am',
  'ar',
  'az',
  'be',
  'bg',
  'bn',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'eu',
  'fa',
  'fi',
  'fr',
  'gu',
  'he',
  'hi',
  'hr',
  'hu',
  'hy',
  'is',
  'it',
  'ja',
  'ka',
  'kn',
  'ko',
  'ku',
  'lo',
  'lt',
  'lv',
  'ml',
  'mr',
  'ms',
  'nl',
  'no',
  'or',
  'pa',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'ta',
  'te',
  'th',
  'tl',
  'tr',
  'uk',
  'ur',
  'vi',
  'yo',
  'zh',
]);

/**
 * Letters that only candidates outside eld's list use (Kazakh, Macedonian, Maltese): franc is
 * slow next to eld, so it runs only when one of them is in the text.
 */
export const FRANC_CUE_LETTERS = /[әғқңөұүһѓќѕċġħĊĠĦ]/iu;

/** franc's ISO 639-3 codes for the candidates (macrolanguage members included, e.g. `lvs`). */
export const FRANC_TO_ISO1: Readonly<Record<string, string>> = {
  bul: 'bg',
  ces: 'cs',
  dan: 'da',
  deu: 'de',
  ell: 'el',
  eng: 'en',
  spa: 'es',
  ekk: 'et',
  est: 'et',
  fin: 'fi',
  fra: 'fr',
  gle: 'ga',
  hrv: 'hr',
  hun: 'hu',
  ita: 'it',
  lit: 'lt',
  lvs: 'lv',
  lav: 'lv',
  mlt: 'mt',
  nld: 'nl',
  pol: 'pl',
  por: 'pt',
  ron: 'ro',
  slk: 'sk',
  slv: 'sl',
  swe: 'sv',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  nob: 'no',
  nno: 'no',
  isl: 'is',
  als: 'sq',
  srp: 'sr',
  mkd: 'mk',
  cat: 'ca',
  eus: 'eu',
  tur: 'tr',
  arb: 'ar',
  pes: 'fa',
  kmr: 'ku',
  ckb: 'ku',
  urd: 'ur',
  heb: 'he',
  kat: 'ka',
  hye: 'hy',
  azj: 'az',
  kaz: 'kk',
  hin: 'hi',
  ben: 'bn',
  amh: 'am',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  tha: 'th',
  vie: 'vi',
};

/** The reverse table: ISO 639-1 → franc codes (several franc codes may share one language). */
export function listFrancCodes(languages: readonly string[]): string[] {
  const wanted = new Set(languages);
  return Object.entries(FRANC_TO_ISO1)
    .filter(([, iso1]) => wanted.has(iso1))
    .map(([code]) => code);
}

/** ISO 639-2 codes some feeds write in `<language>` (bibliographic and terminology forms). */
const ISO2_TO_ISO1: Readonly<Record<string, string>> = {
  lit: 'lt',
  eng: 'en',
  rus: 'ru',
  ukr: 'uk',
  pol: 'pl',
  fre: 'fr',
  fra: 'fr',
  ger: 'de',
  deu: 'de',
  spa: 'es',
  ita: 'it',
  ara: 'ar',
  gre: 'el',
  ell: 'el',
  lav: 'lv',
  est: 'et',
  bel: 'be',
  por: 'pt',
  dut: 'nl',
  nld: 'nl',
  swe: 'sv',
  fin: 'fi',
  dan: 'da',
  rum: 'ro',
  ron: 'ro',
  hun: 'hu',
  bul: 'bg',
  cze: 'cs',
  ces: 'cs',
  slo: 'sk',
  slk: 'sk',
  slv: 'sl',
  hrv: 'hr',
  tur: 'tr',
  per: 'fa',
  fas: 'fa',
};

/** Deprecated or regional ISO 639-1 codes that name a candidate under another code. */
const ISO1_ALIASES: Readonly<Record<string, string>> = { nb: 'no', nn: 'no', iw: 'he', in: 'id' };

/**
 * Turns a language tag as feeds write it (`lt`, `lt-LT`, `ru_RU`, `LIT`, `nb-NO`) into an ISO
 * 639-1 code, or `null` when it names no language (`und`, `mul`, garbage).
 */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return ISO1_ALIASES[primary] ?? primary;
  if (/^[a-z]{3}$/.test(primary)) return ISO2_TO_ISO1[primary] ?? null;
  return null;
}
