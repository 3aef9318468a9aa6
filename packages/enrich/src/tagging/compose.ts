// Evidence that no single term holds: a foreign nationality or country next to a word for workers
// ("North Korean workers", "Filipino domestic workers", "рабочие из Индии", "lekarze z Ukrainy",
// "vairuotojai iš Indijos") speaks of labour migration, whichever country and trade it names. The
// country matches come from the country terms (names, adjectives, their inflected forms), so the
// rule covers every country without a term per country and trade. The language's own country is
// left out: "Polish workers" in a Polish paper are mostly workers at home.
// Two more rules of the same kind: a people living in another country, or a country's diaspora
// ("Lithuanians living in Norway", "Polacy mieszkający w Stanach", "таджикская
// диаспора") speak of emigration and diaspora, and so do the paper's own people next to a word for
// going back ("Polacy nie wracają z Wielkiej Brytanii") or, with a foreign country named, for
// leaving or working ("Polacy opuszczają Wielką Brytanię"); refugees next to a word for going back
// ("grįžo milijonas pabėgėlių", "refugees returned home") speak of return.
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

/** Words for living or settling somewhere, by the start of the lower-cased token. */
const RESIDING: Record<string, RegExp> = {
  en: /^(living|live|lives|residing|reside|resident|residents|settled|based)$/,
  ru: /^(живущ|живут|живет|проживающ|проживают|проживает|осевш|обосновавш)/,
  uk: /^(живуть|живе|живуч|проживають|проживаю|мешка)/,
  pl: /^(mieszkając|mieszkaj|mieszka$|żyjąc|żyją$|przebywając|osiedl)/,
  lt: /^(gyvenan|gyvena$|gyvenusi|įsikūr)/,
  de: /^(lebende|lebenden|leben$|lebt$|wohnende|wohnenden|ansässig)/,
  fr: /^(vivant|vivent|résidant|résidents?$|installés?$)/,
  es: /^(viven$|residentes?$|residen$|radicad|afincad)/,
  it: /^(residenti$|vivono$|residente$)/,
};

/** A country's diaspora or emigrants ("Lithuanian diaspora", "la diaspora ukrainienne"). */
const DIASPORA: Record<string, RegExp> = {
  en: /^(diasporas?|expatriates?|expats?|émigrés?|emigres?)$/,
  ru: /^(диаспор|землячеств|эмигрант|экспат)/,
  uk: /^(діаспор|земляцтв|емігрант)/,
  pl: /^(diaspor|polonij|emigrac|emigranc)/,
  lt: /^(diaspor|emigrant|išeivi)/,
  de: /^(diaspora|auswanderer|exil)/,
  fr: /^(diaspora|expatrié|émigré)/,
  es: /^(diáspora|expatriad|emigrad)/,
  it: /^(diaspora|espatriat|emigrat)/,
};

/**
 * The paper's own people next to a word for going back are emigrants coming home (or not):
 * "Polacy nie wracają z Wielkiej Brytanii", "grįžtantys lietuviai", "россияне возвращаются".
 */
const OWN_PEOPLE: Record<string, RegExp> = {
  lt: /^lietuvi(ai|ų|ams|us|uose|ais)$/,
  pl: /^(polacy|polaków|polakom|polakami|polakach|polki|polek)$/,
  ru: /^россиян/,
};

/**
 * Words for leaving or working, which with the paper's own people and a foreign country speak of
 * emigration: "Polacy masowo opuszczają Wielką Brytanię", "30 Polaków pracujących w Holandii".
 */
const LEAVING_OR_WORKING: Record<string, RegExp> = {
  lt: /^(palie|palik|išvyk|išvažiuo|emigruo|dirban|dirba$|dirbo$)/,
  pl: /^(opuszcz|opuści|wyjeżdż|wyjecha|emigruj|pracując|pracuj)/,
  ru: /^(покида|покину|уезжа|уехал|уедут|эмигрир|работающ|работают|работал)/,
};

/**
 * The paper's own people after a foreign country's genitive name a community abroad: "Airijos
 * lietuviai" (the Lithuanians of Ireland), "JAV lietuvių bendruomenė". Lithuanian only: the
 * construction is its own.
 */
const OWN_PEOPLE_OF: Record<string, RegExp | undefined> = { lt: OWN_PEOPLE.lt };

/** Words for going back, by the start of the lower-cased token. */
const RETURNING: Record<string, RegExp> = {
  en: /^(return|returns|returned|returning|repatriated|repatriation)$/,
  ru: /^(верну|вернул|вернут|верне|возвращ|возвраща|репатри)/,
  uk: /^(поверн|поверта|репатрі)/,
  pl: /^(wróci|wracaj|wraca|powróci|powrac|powrot|powrót|repatri)/,
  lt: /^(grįž|sugrįž|repatrij)/,
  de: /^(zurückgekehrt|zurückkehr|rückkehr|heimkehr|kehrten|kehren|rückführ)/,
  fr: /^(retour|rentr|regagn|rapatri)/,
  es: /^(regres|retorn|volvier|vuelven|repatri)/,
  it: /^(rientr|ritorn|rimpatri|tornat|tornano)/,
};

/** How many tokens apart a people or refugee word and a word for going back (or leaving) may stand. */
const RETURN_WINDOW = 3;

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

const LABOUR: MatchValue = { kind: 'topic', slug: 'labour-migration', weight: 1 };
const CORE: MatchValue = { kind: 'core', weight: 1 };
const DIASPORA_TOPIC: MatchValue = { kind: 'topic', slug: 'emigration-and-diaspora', weight: 1 };
const RETURN_TOPIC: MatchValue = { kind: 'topic', slug: 'return-and-readmission', weight: 1 };

export function composeMatches(
  tokens: Tokens,
  matches: Array<Match<MatchValue>>,
  language: string,
): Array<Match<MatchValue>> {
  return [
    ...workerMatches(tokens, matches, language),
    ...diasporaMatches(tokens, matches, language),
    ...returnMatches(tokens, matches, language),
  ];
}

/**
 * Labour-migration mentions (each with its core-term twin, so it is migration evidence too) made
 * of a foreign country match and a worker word: "<country> <workers>", "<country> <one word>
 * <workers>" and "<workers> <from> <country>".
 */
function workerMatches(
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
      // "<workers> <one word> <from> <country>": "vairuotojų buvo iš Ukrainos", "workers mostly from Nepal".
      else if (
        at >= 3 &&
        from.has(tokens.lower[at - 1] as string) &&
        isWorker(at - 3) &&
        !joining.has(tokens.lower[at - 2] as string)
      )
        span = [at - 3, after];
    }
    if (!span) continue;
    const [at, end] = span;
    if (out.some((o) => o.at === at)) continue;
    out.push({ values: [LABOUR], at, length: end - at }, { values: [CORE], at, length: end - at });
  }
  return out;
}

/**
 * Emigration-and-diaspora mentions (each a core term too): a country right before or after a word
 * for its diaspora or emigrants ("таджикская диаспора", "la diaspora ukrainienne"), and two
 * different countries on either side of a word for living somewhere, each at most one word away
 * ("Lithuanians living in Norway", "Norvegijoje gyvenantys lietuviai", "in Deutschland lebende
 * Polen"), unless the place is the paper's own country.
 */
function diasporaMatches(
  tokens: Tokens,
  matches: Array<Match<MatchValue>>,
  language: string,
): Array<Match<MatchValue>> {
  const diaspora = DIASPORA[language];
  const residing = RESIDING[language];
  const home = HOME[language];
  if (!diaspora || !residing || !home) return [];
  const countries = matches.filter((m) => m.values[0]?.kind === 'country');
  if (countries.length === 0) return [];
  const codeOf = (m: Match<MatchValue>) => (m.values[0] as { code: string }).code;
  const out: Array<Match<MatchValue>> = [];
  const push = (at: number, end: number) => {
    if (!out.some((o) => o.at === at))
      out.push({ values: [DIASPORA_TOPIC], at, length: end - at }, { values: [CORE], at, length: end - at });
  };
  for (const m of countries) {
    const after = m.at + m.length;
    for (const i of [after, m.at - 1]) {
      const word = tokens.lower[i];
      if (word === undefined || !diaspora.test(word)) continue;
      push(Math.min(i, m.at), Math.max(i + 1, after));
    }
  }
  const ownPeopleOf = OWN_PEOPLE_OF[language];
  for (const m of countries) {
    const after = m.at + m.length;
    if (ownPeopleOf?.test(tokens.lower[after] ?? '') && !home.has(codeOf(m)) && !isPlace(tokens, m, language))
      push(m.at, after + 1);
  }
  const own = OWN_PEOPLE[language];
  const returning = RETURNING[language];
  const leaving = LEAVING_OR_WORKING[language];
  // Leaving or working speaks of emigration only when a foreign country is named too.
  const abroad = countries.some((m) => !home.has(codeOf(m)));
  const isWord = (word: RegExp | undefined) => (j: number) => !!word?.test(tokens.lower[j] as string);
  for (let i = 0; own && i < tokens.lower.length; i++) {
    if (!own.test(tokens.lower[i] as string)) continue;
    let j = nearby(tokens, i, i + 1, isWord(returning));
    if (j < 0 && abroad) j = nearby(tokens, i, i + 1, isWord(leaving));
    if (j >= 0) push(Math.min(i, j), Math.max(i, j) + 1);
  }
  // Living somewhere takes two countries.
  for (let r = 0; countries.length > 1 && r < tokens.lower.length; r++) {
    if (!residing.test(tokens.lower[r] as string)) continue;
    // A country ending at most one word before the residing word, and one starting at most one
    // word after it: "living in Norway", "mieszkający w Stanach", "Deutschland lebende Polen".
    const before = countries.filter((m) => m.at + m.length >= r - 1 && m.at + m.length <= r);
    const behind = countries.filter((m) => m.at > r && m.at <= r + 2);
    for (const a of before)
      for (const b of behind) {
        if (codeOf(a) === codeOf(b)) continue;
        // Foreigners living in the paper's own country ("Lietuvoje gyvenantys Rusijos piliečiai")
        // are immigrants there, not a diaspora.
        const place = isPlace(tokens, a, language) && !isPlace(tokens, b, language) ? a : b;
        if (!home.has(codeOf(place))) push(a.at, b.at + b.length);
      }
  }
  return out;
}

/** Words that put a country as a place: "in Norway", "w Stanach", "в России", "Norvegijoje". */
const IN: ReadonlySet<string> = words('in w we в во у u en au aux à a em im');

function isPlace(tokens: Tokens, m: Match<MatchValue>, language: string): boolean {
  if (
    IN.has(tokens.lower[m.at - 1] as string) ||
    (tokens.lower[m.at - 1] === 'the' && IN.has(tokens.lower[m.at - 2] as string))
  )
    return true;
  return (
    language === 'lt' && /(oje|ėje|yje|uose|iuose|je)$/.test(tokens.lower[m.at + m.length - 1] as string)
  );
}

/** Words that say a return did not or may not happen: "не планируют возвращаться", "want to return". */
const NOT_DONE =
  /^(?:(?:not|no|never|want|wants|wanted|plan|plans|planning|hope|hopes|не|нет|хотят|хочет|хочуть|nie|chcą|chce|ne|nori|ketina|planuoja|nicht|kein|wollen|pas|non|quieren|vogliono)$|планиру|собира|planuj)/;

/**
 * Return mentions: a refugee word (a match of the refugees topic) and a word for going back at
 * most three words apart ("grįžo milijonas pabėgėlių", "refugees returned home", "беженцы
 * вернулись"). The refugee word keeps counting for its own topic.
 */
function returnMatches(
  tokens: Tokens,
  matches: Array<Match<MatchValue>>,
  language: string,
): Array<Match<MatchValue>> {
  const returning = RETURNING[language];
  if (!returning) return [];
  const refugees = matches.filter((m) =>
    m.values.some((v) => v.kind === 'topic' && v.slug === 'refugees-and-resettlement' && v.weight > 0),
  );
  const out: Array<Match<MatchValue>> = [];
  const done = (i: number) =>
    returning.test(tokens.lower[i] as string) &&
    !NOT_DONE.test(tokens.lower[i - 1] ?? '') &&
    !NOT_DONE.test(tokens.lower[i - 2] ?? '');
  for (const m of refugees) {
    const i = nearby(tokens, m.at, m.at + m.length, done);
    if (i < 0) continue;
    const at = Math.min(i, m.at);
    const end = Math.max(i + 1, m.at + m.length);
    out.push({ values: [RETURN_TOPIC], at, length: end - at });
  }
  return out;
}

/** The first token at most RETURN_WINDOW words from the span [at, end), outside it, that passes `test`; -1 if none. */
function nearby(tokens: Tokens, at: number, end: number, test: (i: number) => boolean): number {
  const hi = Math.min(tokens.lower.length - 1, end - 1 + RETURN_WINDOW);
  for (let j = Math.max(0, at - RETURN_WINDOW); j <= hi; j++) if ((j < at || j >= end) && test(j)) return j;
  return -1;
}
