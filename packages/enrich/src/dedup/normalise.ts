// Text normalisation shared by the content hash and the fingerprint, so that two copies of one
// text that differ only in case, accents, punctuation, spacing or Unicode form compare equal.

const COMBINING_MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** Splits text into lower-case, accent-free word tokens (letters and digits only). */
export function tokenise(text: string): string[] {
  // Most items are plain ASCII; Unicode decomposition is only needed for the rest.
  const folded = ASCII.test(text)
    ? text.toLowerCase()
    : text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  return folded.match(WORD) ?? [];
}

/** The canonical form of a text: its tokens joined by single spaces. */
export function normaliseText(text: string): string {
  return tokenise(text).join(' ');
}
