// Escaped HTML templates: every interpolated value goes through `x`, so item text can never
// become markup. No page carries a script.
import { escapeMarkup } from '@mipas/publish';

export const x = escapeMarkup;

/** Marks a string as already-safe HTML built by these templates. */
export interface Html {
  html: string;
}

export function raw(html: string): Html {
  return { html };
}

/** Joins template parts: strings are escaped, `Html` parts are kept. */
export function h(
  strings: TemplateStringsArray,
  ...values: Array<string | number | Html | Html[] | null | undefined | false>
): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    if (Array.isArray(value)) out += value.map((v) => v.html).join('');
    else if (value && typeof value === 'object') out += value.html;
    else if (value !== null && value !== undefined && value !== false) out += x(String(value));
    out += strings[i + 1] ?? '';
  });
  return { html: out };
}
