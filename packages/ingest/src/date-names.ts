// Month names and time-zone abbreviations met in feed dates. Month names cover English and the
// languages of the project's sources (Lithuanian, Russian, Polish), nominative and genitive.

const MONTHS: Array<[number, string[]]> = [
  [1, ['jan', 'january', 'sausis', 'sausio', 'январь', 'января', 'янв', 'styczeń', 'stycznia', 'sty']],
  [2, ['feb', 'february', 'vasaris', 'vasario', 'февраль', 'февраля', 'фев', 'luty', 'lutego', 'lut']],
  [3, ['mar', 'march', 'kovas', 'kovo', 'март', 'марта', 'мар', 'marzec', 'marca']],
  [4, ['apr', 'april', 'balandis', 'balandžio', 'апрель', 'апреля', 'апр', 'kwiecień', 'kwietnia', 'kwi']],
  [5, ['may', 'gegužė', 'gegužės', 'май', 'мая', 'maj', 'maja']],
  [6, ['jun', 'june', 'birželis', 'birželio', 'июнь', 'июня', 'июн', 'czerwiec', 'czerwca', 'cze']],
  [7, ['jul', 'july', 'liepa', 'liepos', 'июль', 'июля', 'июл', 'lipiec', 'lipca', 'lip']],
  [8, ['aug', 'august', 'rugpjūtis', 'rugpjūčio', 'август', 'августа', 'авг', 'sierpień', 'sierpnia', 'sie']],
  [
    9,
    [
      'sep',
      'sept',
      'september',
      'rugsėjis',
      'rugsėjo',
      'сентябрь',
      'сентября',
      'сен',
      'сент',
      'wrzesień',
      'września',
      'wrz',
    ],
  ],
  [
    10,
    ['oct', 'october', 'spalis', 'spalio', 'октябрь', 'октября', 'окт', 'październik', 'października', 'paź'],
  ],
  [
    11,
    ['nov', 'november', 'lapkritis', 'lapkričio', 'ноябрь', 'ноября', 'ноя', 'listopad', 'listopada', 'lis'],
  ],
  [12, ['dec', 'december', 'gruodis', 'gruodžio', 'декабрь', 'декабря', 'дек', 'grudzień', 'grudnia', 'gru']],
];

export const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap(([month, names]) => names.map((name) => [name, month] as [string, number])),
);

/** Offsets in minutes east of UTC. Ambiguous abbreviations (IST, CST for China) are left out. */
export const ZONE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['z', 0],
  ['ut', 0],
  ['utc', 0],
  ['gmt', 0],
  ['wet', 0],
  ['west', 60],
  ['bst', 60],
  ['cet', 60],
  ['cest', 120],
  ['met', 60],
  ['mest', 120],
  ['eet', 120],
  ['eest', 180],
  ['msk', 180],
  ['est', -300],
  ['edt', -240],
  ['cst', -360],
  ['cdt', -300],
  ['mst', -420],
  ['mdt', -360],
  ['pst', -480],
  ['pdt', -420],
  ['jst', 540],
  ['aest', 600],
  ['aedt', 660],
]);
