// Values as xml2js leaves them: a string, or an object holding `_` text and `$` attributes.

export type XmlItem = Record<string, unknown>;

/** Text of an element: a string, or an object's `_` text. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  const text = (value as { _?: unknown } | null | undefined)?._;
  return typeof text === 'string' ? text : null;
}
