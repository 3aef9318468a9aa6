// The interface language (English, Lithuanian or Russian; the texts are in strings.ts) and dates
// in the curator's own locale and time zone, through Intl.
import { dateFormatFor, dateLocale, pickLanguage } from './locale';
import { en, type Key, STATE_KEYS, TABLES } from './strings';

export { UI_LANGUAGES } from './locale';
export type { Key } from './strings';

function storedLanguage(): string | null {
  try {
    return localStorage.getItem('mipas.lang');
  } catch {
    return null;
  }
}

let current = (() => {
  const stored = storedLanguage();
  return stored && stored in TABLES ? stored : pickLanguage(navigator.languages ?? [navigator.language]);
})();
document.documentElement.lang = current;

export function t(key: Key): string {
  return TABLES[current]?.[key] || en[key];
}

/** An item's editorial state in the interface language. */
export function stateLabel(status: string): string {
  const key = STATE_KEYS[status];
  return key ? t(key) : status;
}

export function uiLanguage(): string {
  return current;
}

export function setUiLanguage(lang: string): void {
  current = lang in TABLES ? lang : 'en';
  document.documentElement.lang = current;
  try {
    localStorage.setItem('mipas.lang', current);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
}

/** A date in the curator's locale and time zone; empty for a missing one. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const locale = dateLocale(current, navigator.languages ?? [navigator.language]);
  return dateFormatFor(locale).format(new Date(iso));
}
