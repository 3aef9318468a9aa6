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
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value === 'string') out += x(value);
    else if (typeof value === 'number') out += value;
    else if (Array.isArray(value)) for (const part of value) out += part.html;
    else if (value) out += value.html;
    out += strings[i + 1] ?? '';
  }
  return { html: out };
}
