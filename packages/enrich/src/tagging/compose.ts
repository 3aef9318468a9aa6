// Evidence that no single term holds: a foreign nationality or country next to a word for workers
// ("North Korean workers", "Filipino domestic workers", "рабочие из Индии", "lekarze z Ukrainy",
// "vairuotojai iš Indijos") speaks of labour migration, whichever country and trade it names. The
// country matches come from the country terms (names, adjectives, their inflected forms), so the
// rule covers every country without a term per country and trade. The language's own country is
// left out: "Polish workers" in a Polish paper are mostly workers at home.
import type { MatchValue } from './compile';
import type { Match } from './matcher';
import type { Tokens } from './tokenize';

/** Words for workers, by the start of the lower-cased token. */
const WORKERS: Record<string, RegExp> = {
  en: /^(workers?|labou?rers?|maids?|nurses?|doctors?|carers?|caregivers?|drivers?|builders?|pickers?|farmhands?|housekeepers?|nannies|nanny|domestics?|trainees?)$/,
  ru: /^(рабоч|работник|работниц|трудя|медик|врач|водител|строител|сиделк|гастарбайтер|трудов)/,
  uk: /^(робітник|працівник|працівниц|заробітчан|медик|лікар|водії|водія|будівельник|доглядальниц)/,
  pl: /^(pracowni|robotni|lekarz|lekarek|lekarki|medycy|medyków|kierowc|pielęgniar|opiekun|budowlań)/,
  lt: /^(darbuotoj|darbinink|vairuotoj|gydytoj|medik|statybinink|slaug|sezonini)/,
  de: /^(arbeiter|arbeitnehmer|arbeitskräft|fachkräft|pflegekräft|ärzt|erntehelfer|saisonarbeit|pfleger)/,
  fr: /^(travailleu|ouvrier|médecins?$|infirmi|saisonnier)/,
  es: /^(trabajador|jornaler|obrer|médicos?$|enfermer|temporer)/,
  it: /^(lavorat|operai|braccianti|medici$|infermier|badant|stagional)/,
};

/** "from" before a country, by language. */
const FROM: Record<string, ReadonlySet<string>> = {
  en: new Set(['from']),
  ru: new Set(['из']),
  uk: new Set(['з', 'із']),
  pl: new Set(['z', 'ze']),
  lt: new Set(['iš']),
  de: new Set(['aus']),
  fr: new Set(['de', 'du', 'des', "d'"]),
  es: new Set(['de', 'del']),
  it: new Set(['da', 'dal', 'dalla', 'dallo', 'dai', 'dalle']),
};

/** The countries whose workers a paper in the language mostly reports on at home. */
const HOME: Record<string, ReadonlySet<string>> = {
  en: new Set(['GBR', 'USA', 'CAN', 'AUS', 'IRL', 'NZL']),
  ru: new Set(['RUS']),
  uk: new Set(['UKR']),
  pl: new Set(['POL']),
  lt: new Set(['LTU']),
  de: new Set(['DEU', 'AUT', 'CHE']),
  fr: new Set(['FRA', 'BEL', 'CHE']),
  es: new Set(['ESP']),
  it: new Set(['ITA']),
};

/** Words that join rather than qualify: "India as workers", "Poland and workers" are no phrase. */
const JOINING: Record<string, ReadonlySet<string>> = {
  en: words('as and or the a an to of in on at for with by s but while when where whose who than'),
  ru: words('и а но в на с как для по о к у или что'),
  uk: words('і й та а в у на як з до або що'),
  pl: words('i a w na z do jak oraz dla o po że lub czy'),
  lt: words('ir o bet į kaip su po per prie ar kad'),
  de: words('und oder in als mit für von an auf die der das den dem'),
  fr: words('et ou en à au aux comme pour par les la le l que'),
  es: words('y o en a como para por los las el la que'),
  it: words('e o in a come per i gli le il la che'),
};

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

const LABOUR: MatchValue = { kind: 'topic', slug: 'labour-migration', weight: 1 };
const CORE: MatchValue = { kind: 'core', weight: 1 };

/**
 * Labour-migration mentions (each with its core-term twin, so it is migration evidence too) made
 * of a foreign country match and a worker word: "<country> <workers>", "<country> <one word>
 * <workers>" and "<workers> <from> <country>".
 */
export function composeMatches(
  tokens: Tokens,
  matches: Array<Match<MatchValue>>,
  language: string,
): Array<Match<MatchValue>> {
  const workers = WORKERS[language];
  const from = FROM[language];
  const home = HOME[language];
  const joining = JOINING[language];
  if (!workers || !from || !home || !joining) return [];
  const isWorker = (i: number) =>
    i >= 0 && i < tokens.lower.length && workers.test(tokens.lower[i] as string);
  const out: Array<Match<MatchValue>> = [];
  for (const m of matches) {
    const country = m.values[0];
    if (country?.kind !== 'country' || home.has(country.code)) continue;
    const after = m.at + m.length;
    let span: [number, number] | null = null;
    if (isWorker(after)) span = [m.at, after + 1];
    else if (
      isWorker(after + 1) &&
      !joining.has(tokens.lower[after] as string) &&
      !matches.some((o) => o.at === after && o.values[0]?.kind === 'country')
    )
      span = [m.at, after + 2];
    else {
      // "<workers> from <country>", and in English "<workers> from the <country>".
      const article = language === 'en' && tokens.lower[m.at - 1] === 'the' ? 1 : 0;
      const at = m.at - article;
      if (at >= 2 && from.has(tokens.lower[at - 1] as string) && isWorker(at - 2)) span = [at - 2, after];
    }
    if (!span) continue;
    const [at, end] = span;
    if (out.some((o) => o.at === at)) continue;
    out.push({ values: [LABOUR], at, length: end - at }, { values: [CORE], at, length: end - at });
  }
  return out;
}
