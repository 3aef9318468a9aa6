/** Elements that separate words: their boundaries become a space in extracted text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table blockquote section article header footer figure figcaption pre hr dd dt'.split(
    ' ',
  ),
);
