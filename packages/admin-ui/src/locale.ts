// Which interface language and which date locale a curator gets: pure functions of the browser's
// languages, kept apart from the DOM so they can be tested on their own.
export const UI_LANGUAGES = ['en', 'lt', 'ru'] as const;

/** The first of the browser's languages the interface has, else English. */
export function pickLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]!;
    if ((UI_LANGUAGES as readonly string[]).includes(base)) return base;
  }
  return 'en';
}

/**
 * The locale dates are written in: the browser's own locale when it is in the interface language
 * (so en-GB keeps day-month order and en-US month-day), else the interface language itself, so
 * month names match the surrounding text.
 */
export function dateLocale(uiLang: string, browserLocales: readonly string[]): string {
  const own = browserLocales.find((l) => l.toLowerCase().split('-')[0] === uiLang);
  return own ?? uiLang;
}

const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormatFor(locale: string, timeZone?: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    formats.set(key, format);
  }
  return format;
}
