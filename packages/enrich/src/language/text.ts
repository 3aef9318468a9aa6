// Builds the text the models read. Title and summary carry the item's language best; the body
// only adds evidence, so it is cut short (the models read at most a few hundred bytes anyway).

const MAX_CHARS = 600;

/** Pieces that carry no language: links, addresses, handles, numbers, language-code lists. */
const NOISE = [
  /\bhttps?:\/\/\S+|\bwww\.\S+/giu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu,
  /[@#][\p{L}\p{N}_]+/gu,
  /\[[A-Z]{2}(?:\/[A-Z]{2})+\]/g,
  // Codes such as `COVID-19` or `A4039307`; only Latin letters, as Han text has no spaces.
  /[A-Za-z]*\p{N}[A-Za-z\p{N}]*/gu,
];

/** Joins the item's text fields and strips what would only mislead the models. */
export function buildDetectionText(title: string, summary?: string | null, text?: string | null): string {
  const parts = [title, summary ?? '', text ?? ''].map((part) => part.trim()).filter(Boolean);
  let joined = parts.join('. ');
  if (joined.length > MAX_CHARS * 2) joined = joined.slice(0, MAX_CHARS * 2);
  for (const pattern of NOISE) joined = joined.replace(pattern, ' ');
  return joined.replace(/\s+/g, ' ').trim().slice(0, MAX_CHARS);
}

/** Number of letters: below a handful there is nothing to read a language from. */
export function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
