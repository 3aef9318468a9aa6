// Builds the text the models read. Title and summary carry the item's language best; the body
// only adds evidence, so it is cut short (the models read at most a few hundred bytes anyway).

/** Default number of characters the models read (eld's time grows with the text's length). */
export const DEFAULT_MAX_CHARS = 200;

/**
 * Pieces that carry no language: links, addresses, handles, numbers, language-code lists. Each
 * pattern runs only when a cheap test finds its marker, as most titles have none of them.
 */
const NOISE: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/http|www\./i, /\bhttps?:\/\/\S+|\bwww\.\S+/giu],
  [/@/, /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu],
  [/[@#]/, /[@#][\p{L}\p{N}_]+/gu],
  [/\[/, /\[[A-Z]{2}(?:\/[A-Z]{2})+\]/g],
  // Codes such as `COVID-19` or `A4039307`; only Latin letters, as Han text has no spaces.
  [/\p{N}/u, /[A-Za-z]*\p{N}[A-Za-z\p{N}]*/gu],
];

/**
 * Joins the item's text fields, strips what would only mislead the models and keeps the first
 * `maxChars` characters (cut at a word boundary).
 */
export function buildDetectionText(
  title: string,
  summary?: string | null,
  text?: string | null,
  maxChars = DEFAULT_MAX_CHARS,
): string {
  const parts = [title, summary ?? '', text ?? ''].map((part) => part.trim()).filter(Boolean);
  let joined = parts.join('. ');
  if (joined.length > maxChars * 2) joined = joined.slice(0, maxChars * 2);
  for (const [marker, pattern] of NOISE) if (marker.test(joined)) joined = joined.replace(pattern, ' ');
  joined = joined.replace(/\s+/g, ' ').trim();
  if (joined.length <= maxChars) return joined;
  const cut = joined.slice(0, maxChars + 1);
  const space = cut.lastIndexOf(' ');
  return space > maxChars / 2 ? cut.slice(0, space) : cut.slice(0, maxChars);
}

const LETTER_RUN = /\p{L}+/gu;

/**
 * Number of letters, counted up to `cap` (callers only need to know "few" or "enough"): below a
 * handful there is nothing to read a language from.
 */
export function countLetters(text: string, cap = Number.POSITIVE_INFINITY): number {
  let letters = 0;
  LETTER_RUN.lastIndex = 0;
  for (let run = LETTER_RUN.exec(text); run && letters < cap; run = LETTER_RUN.exec(text)) {
    letters += run[0].length;
  }
  return letters;
}
