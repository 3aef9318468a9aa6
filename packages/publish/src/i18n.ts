// Interface strings of the public site and the e-mails in the three reader languages.
export const LANGUAGES = ['lt', 'en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

const STRINGS = {
  siteName: { lt: 'Mipas: migracijos naujienos', en: 'Mipas: migration news', ru: 'Mipas: новости миграции' },
  tagline: {
    lt: 'Atrinktos naujienos apie migraciją, prieglobstį, integraciją ir grąžinimą',
    en: 'Curated news on migration, asylum, integration and return',
    ru: 'Отобранные новости о миграции, убежище, интеграции и возвращении',
  },
  latest: { lt: 'Naujausios', en: 'Latest', ru: 'Последние' },
  topics: { lt: 'Temos', en: 'Topics', ru: 'Темы' },
  countries: { lt: 'Šalys', en: 'Countries', ru: 'Страны' },
  sources: { lt: 'Šaltiniai', en: 'Sources', ru: 'Источники' },
  language: { lt: 'Kalba', en: 'Language', ru: 'Язык' },
  editions: { lt: 'Leidimai', en: 'Editions', ru: 'Выпуски' },
  daily: { lt: 'Dienos apžvalga', en: 'Daily digest', ru: 'Ежедневный обзор' },
  weekly: { lt: 'Savaitės apžvalga', en: 'Weekly digest', ru: 'Еженедельный обзор' },
  feeds: { lt: 'Srautai', en: 'Feeds', ru: 'Ленты' },
  subscribe: { lt: 'Prenumeruoti', en: 'Subscribe', ru: 'Подписаться' },
  email: { lt: 'El. pašto adresas', en: 'E-mail address', ru: 'Адрес эл. почты' },
  frequency: { lt: 'Dažnumas', en: 'Frequency', ru: 'Частота' },
  readOriginal: { lt: 'Skaityti originalą', en: 'Read the original', ru: 'Читать оригинал' },
  source: { lt: 'Šaltinis', en: 'Source', ru: 'Источник' },
  originalLanguage: { lt: 'Originalo kalba', en: 'Original language', ru: 'Язык оригинала' },
  related: { lt: 'Ta pati istorija', en: 'Same story', ru: 'Та же история' },
  tags: { lt: 'Žymos', en: 'Tags', ru: 'Метки' },
  noItems: { lt: 'Kol kas nieko nėra.', en: 'Nothing here yet.', ru: 'Пока ничего нет.' },
  older: { lt: 'Senesni', en: 'Older', ru: 'Ранее' },
  other: { lt: 'Kita', en: 'Other', ru: 'Другое' },
  skip: { lt: 'Pereiti prie turinio', en: 'Skip to content', ru: 'Перейти к содержанию' },
  checkMail: {
    lt: 'Patikrinkite paštą ir patvirtinkite prenumeratą paspaudę nuorodą.',
    en: 'Check your mail and confirm the subscription with the link in it.',
    ru: 'Проверьте почту и подтвердите подписку по ссылке в письме.',
  },
  confirmed: {
    lt: 'Prenumerata patvirtinta.',
    en: 'Your subscription is confirmed.',
    ru: 'Подписка подтверждена.',
  },
  unsubscribed: {
    lt: 'Prenumerata atšaukta. Daugiau laiškų nebesiųsime.',
    en: 'You are unsubscribed and will get no more mail.',
    ru: 'Подписка отменена. Писем больше не будет.',
  },
  unsubscribe: { lt: 'Atsisakyti prenumeratos', en: 'Unsubscribe', ru: 'Отписаться' },
  badLink: {
    lt: 'Ši nuoroda negalioja.',
    en: 'This link is not valid.',
    ru: 'Эта ссылка недействительна.',
  },
  confirmSubject: {
    lt: 'Patvirtinkite Mipas prenumeratą',
    en: 'Confirm your Mipas subscription',
    ru: 'Подтвердите подписку Mipas',
  },
  confirmBody: {
    lt: 'Norėdami gauti apžvalgas, atidarykite šią nuorodą:',
    en: 'To receive the digest, open this link:',
    ru: 'Чтобы получать обзоры, откройте ссылку:',
  },
  ignore: {
    lt: 'Jei neprenumeravote, šį laišką ignoruokite.',
    en: 'If you did not subscribe, ignore this message.',
    ru: 'Если вы не подписывались, проигнорируйте это письмо.',
  },
  allTopics: { lt: 'Visos temos', en: 'All topics', ru: 'Все темы' },
  notFound: { lt: 'Puslapis nerastas', en: 'Page not found', ru: 'Страница не найдена' },
} satisfies Record<string, Record<Language, string>>;

export type StringKey = keyof typeof STRINGS;

export function translate(lang: Language, key: StringKey): string {
  return STRINGS[key][lang];
}

export const LANGUAGE_NAMES: Record<string, string> = {
  lt: 'Lietuvių',
  en: 'English',
  ru: 'Русский',
  pl: 'Polski',
  uk: 'Українська',
  de: 'Deutsch',
  fr: 'Français',
};

const LOCALES: Record<Language, string> = { lt: 'lt-LT', en: 'en-GB', ru: 'ru-RU' };

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

/** The zone dates are shown in: the platform's (MIPAS_TIMEZONE), as editions are cut in it. */
let displayTimeZone = 'Europe/Vilnius';

/** Sets the zone dates are shown in; the server and the publishing worker call it from their config. */
export function setDisplayTimeZone(zone: string): void {
  if (zone === displayTimeZone) return;
  displayTimeZone = zone;
  FORMATTERS.clear();
}

/** Dates in the reader's language; formatters are built once (building one costs far more than using it). */
export function formatDate(lang: Language, date: Date, withTime = false): string {
  const key = `${lang}:${withTime}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[lang], {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: displayTimeZone,
    });
    FORMATTERS.set(key, formatter);
  }
  return formatter.format(date);
}
