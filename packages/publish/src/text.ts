// Text made safe for every output: control characters that XML 1.0 forbids (and that break JSON
// readers and terminals) are removed first, then markup is escaped for its context.

// C0 controls except tab, newline and carriage return; DEL and C1; lone surrogates; U+FFFE/FFFF.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Any character that stripping or escaping could touch (surrogates included, paired or not):
// text without one, which is most text, is returned as it is without building a new string.
const MAY_CHANGE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF&<>"']/;
const MAY_STRIP = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function stripControlChars(value: string): string {
  return MAY_STRIP.test(value) ? value.replace(FORBIDDEN, '') : value;
}

const MARKUP = /[&<>"']/g;
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML and XML element content and attribute values. */
export function escapeMarkup(value: string | null | undefined): string {
  if (!value) return '';
  if (!MAY_CHANGE.test(value)) return value;
  return stripControlChars(value).replace(MARKUP, (c) => ESCAPES[c]!);
}

/** Reduces an HTML fragment to its text: tags dropped, common entities decoded, spaces collapsed. */
export function toPlainText(html: string | null | undefined): string {
  if (!html) return '';
  return stripControlChars(html)
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) =>
      e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'nbsp' ? ' ' : "'",
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shortens text at a word boundary, marking the cut with an ellipsis. */
export function truncateText(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
