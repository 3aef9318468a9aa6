// Turns a country name in its dictionary form into a match term that also accepts the case
// forms news text uses ("Lietuvoje", "в Литве", "na Litwie"). Rules work word by word on the
// word's ending; words they do not know stay exact. Irregular forms live in extras.json.

type Rule = [ending: string, keep: number, endings: string];

// [dictionary ending, letters of it kept in the stem, accepted endings after the stem]
const LT_RULES: Rule[] = [
  ['iai', 0, 'iai|ių|iams|ius|iuose'],
  ['ai', 0, 'ai|ų|ams|us|uose'],
  ['ės', 0, 'ės|ių|ėms|es|ėse'],
  ['os', 0, 'os|ų|oms|as|ose'],
  ['ija', 2, 'a|os|ai|ą|oje|oj'],
  ['a', 0, 'a|os|ai|ą|oje|oj'],
  ['as', 0, 'as|o|ui|ą|e|u|ui'],
  ['is', 0, 'is|io|iui|į|yje|ies|iu'],
  ['us', 0, 'us|aus|ui|ų|uje'],
  ['ė', 0, 'ė|ės|ei|ę|ėje|e'],
];

const RU_RULES: Rule[] = [
  ['ия', 1, 'я|и|ю|ей|е'],
  ['ая', 0, 'ая|ой|ую|ою'],
  ['ий', 0, 'ий|ого|ому|им|ом'],
  ['ые', 0, 'ые|ых|ым|ыми'],
  ['ие', 0, 'ие|их|им|ими'],
  ['ое', 0, 'ое|ого|ому|ом|ым'],
  ['ство', 3, 'о|а|у|е|ом'],
  ['я', 0, 'я|и|е|ю|ей'],
  ['а', 0, 'а|ы|и|е|у|ой|ою|ей'],
  ['ы', 0, 'ы|ов|ам|ах|ами|'],
  ['ь', 0, 'ь|и|я|ю|е|ем|ью'],
  ['й', 0, 'й|я|ю|е|ем'],
];

const UK_RULES: Rule[] = [
  ['ія', 1, 'я|ї|ю|єю'],
  ['а', 0, 'а|и|і|у|ою|о'],
  ['и', 0, 'и|ів|ам|ах'],
];

// Polish locative changes the last consonant: Kanada → Kanadzie, Polska → Polsce.
const PL_LOCATIVE: Array<[string, string]> = [
  ['sk', 'sce'],
  ['st', 'ście'],
  ['ch', 'sze'],
  ['k', 'ce'],
  ['g', 'dze'],
  ['d', 'dzie'],
  ['t', 'cie'],
  ['r', 'rze'],
  ['ł', 'le'],
];

// Languages with country names but no term file get their commonest case forms on the last
// word only ("Německo" → "do Německa", "Syyria" → "Syyriasta", "Szíria" → "Szíriából",
// "Siria" → "Siriei"); a name's adjectives and irregular stems stay unmatched. `''` as the
// ending is the catch-all for consonant-final words, so it goes last. Swedish and Danish take
// the genitive -s; Dutch, Portuguese, Bulgarian, Irish, Maltese and Turkish names stay exact
// (Turkish case endings follow an apostrophe: "Suriye'den"). Arabic is handled in compile.ts.
const SLAVIC_WEST: Rule[] = [
  ['ie', 1, 'e|i|í'],
  ['ye', 1, 'e|i|í'],
  ['ia', 1, 'a|e|i|u|ou'],
  ['o', 0, 'o|a|u|em|om|ou'],
  ['a', 0, 'a|y|e|ě|u|ou|i'],
];
const SLAVIC_SOUTH: Rule[] = [['a', 0, 'a|e|i|u|o|om|oj']];
const HU_ENDINGS_BACK = 'ban|ba|ból|t|nak|tól|hoz|val|ról|ra|n|nál|ig|ért';
const HU_ENDINGS_FRONT = 'ben|be|ből|t|nek|től|hez|höz|vel|ről|re|n|nél|ig|ért';
const FI_ENDINGS = 'n|ssa|ssä|sta|stä|an|än|en|lla|llä|lta|ltä|lle|na|nä|ksi';
const ET_ENDINGS = 's|st|sse|l|lt|le|ga|ks|ni';
const LIGHT_RULES: Record<string, Rule[]> = {
  cs: [...SLAVIC_WEST, ['', 0, '|u|em|e|ě|i|a']],
  sk: [...SLAVIC_WEST, ['', 0, '|u|om|e|i|a']],
  hr: [...SLAVIC_SOUTH, ['', 0, '|a|u|om|em|e']],
  sl: [...SLAVIC_SOUTH, ['', 0, '|a|u|om|em|e']],
  lv: [
    ['a', 0, 'a|as|ai|u|ā'],
    ['e', 0, 'e|es|ei|i|ē'],
  ],
  ro: [
    ['a', 0, 'a|ei'],
    ['ă', 0, 'ă|ei'],
    ['', 0, '|ul|ului'],
  ],
  el: [
    ['ος', 0, 'ος|ου|ο'],
    ['α', 1, '|ς'],
    ['ά', 1, '|ς'],
    ['η', 1, '|ς'],
    ['ή', 1, '|ς'],
  ],
  fi: [
    ['a', 1, `|${FI_ENDINGS}`],
    ['ä', 1, `|${FI_ENDINGS}`],
    ['', 0, '|in|issa|issä|ista|istä|iin|ia|iä|ille|ilta|illa'],
  ],
  et: ['a', 'e', 'i', 'u'].map((vowel): Rule => [vowel, 1, `|${ET_ENDINGS}`]),
};

/** Hungarian lengthens a final a or e before a suffix ("Szíria" → "Szíriában"). */
function inflectHungarian(word: string): string {
  const last = word.at(-1) ?? '';
  if (last === 'a') return `${word.slice(0, -1)}(a|á${HU_ENDINGS_BACK.replace(/\|/g, '|á')})`;
  if (last === 'e') return `${word.slice(0, -1)}(e|é${HU_ENDINGS_FRONT.replace(/\|/g, '|é')})`;
  if (!/\p{L}/u.test(last) || /[aeiouáéíóöőúüű]/u.test(last)) return word;
  // A consonant takes a link vowel before -t and -n, and -val/-vel turns into the consonant doubled.
  const linked = 'ot|et|öt|at|on|en|ön|ok|ek';
  return `${word}(|${HU_ENDINGS_BACK}|${HU_ENDINGS_FRONT}|${linked}|${last}al|${last}el)`;
}

const CONSONANT_FINAL = /[bcdfghjklłmnprstwzśźżń]$/u;
const RU_CONSONANT_FINAL = /[бвгджзклмнпрстфхцчшщ]$/u;

export function inflectName(name: string, lang: string): string {
  // Acronyms ("US", "UK", "США") are written in capitals; lower-case "us" is a pronoun.
  if (/^[\p{Lu}.]+$/u.test(name) && name.replace(/\./g, '').length <= 4) return `=${name}`;
  const words = name.split(/\s+/u);
  const out = words.map((w, i) => inflectWord(w, lang, i, words.length));
  return `^${out.join(' ')}`;
}

function inflectWord(word: string, lang: string, position: number, count: number): string {
  if (word.length < 4 || /[()*|]/u.test(word) || word !== word.normalize('NFC')) return word;
  const light = LIGHT_RULES[lang];
  // Only plain words take endings: not "S.U.A.", not the "a" of "SAD-a".
  if ((light || lang === 'hu') && !/^(?:[\p{L}\p{M}]+-)*[\p{L}\p{M}]{4,}$/u.test(word)) return word;
  if (light) return position === count - 1 ? applyLightRules(word, light) : word;
  if (lang === 'lt') return applyRules(word, LT_RULES);
  if (lang === 'ru') return RU_CONSONANT_FINAL.test(word) ? `${word}(|а|у|е|ом)` : applyRules(word, RU_RULES);
  if (lang === 'uk') return RU_CONSONANT_FINAL.test(word) ? `${word}(|у|а|і|ом)` : applyRules(word, UK_RULES);
  if (lang === 'pl') return inflectPolish(word, position);
  // German, Swedish and Danish genitive: "Syriens", "Tysklands".
  if ((lang === 'de' || lang === 'sv' || lang === 'da') && position === count - 1) return `${word}(|s)`;
  if (lang === 'hu' && position === count - 1) return inflectHungarian(word);
  // English adjectives and demonyms of -a names: Kenyan, Somalians, Saudi Arabian.
  if (lang === 'en' && position === count - 1 && word.endsWith('a')) return `${word}(|n|ns)`;
  return word;
}

/** As `applyRules`, but the catch-all rule (ending `''`) is for consonant-final words only. */
function applyLightRules(word: string, rules: Rule[]): string {
  const vowelFinal = /[aeiouyáéíóúýěůäöüåæøαεηιουωάέήίόύώ]$/u.test(word.toLowerCase());
  return applyRules(word, vowelFinal ? rules.filter(([ending]) => ending !== '') : rules);
}

function applyRules(word: string, rules: Rule[]): string {
  const lower = word.toLowerCase();
  for (const [ending, keep, endings] of rules) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const stem = word.slice(0, word.length - ending.length + keep);
    return `${stem}(${endings})`;
  }
  return word;
}

function inflectPolish(word: string, position: number): string {
  const lower = word.toLowerCase();
  if (/(ia|ja)$/u.test(lower)) return `${word.slice(0, -1)}(a|i|ę|ą)`;
  if (position > 0 && /[ay]$/u.test(lower) && /(sk|ck|ow|n|dzk)[ay]$/u.test(lower)) {
    const stem = word.slice(0, -1);
    return lower.endsWith('a') ? `${stem}(a|ej|ą)` : `${stem}(y|ego|emu|ym)`;
  }
  if (/[yi]$/u.test(lower)) return `${word.slice(0, -1)}(${lower.slice(-1)}|ach|om|ami|ów)`;
  if (lower.endsWith('e') && position > 0) return `${word.slice(0, -1)}(e|ych|ym|ymi)`;
  if (lower.endsWith('a')) return inflectPolishFeminine(word);
  if (CONSONANT_FINAL.test(lower)) return inflectPolishMasculine(word);
  return word;
}

function inflectPolishFeminine(word: string): string {
  const base = word.slice(0, -1);
  const lower = base.toLowerCase();
  for (const [cons, loc] of PL_LOCATIVE) {
    if (!lower.endsWith(cons)) continue;
    const stem = base.slice(0, base.length - cons.length);
    const gen = cons.endsWith('k') || cons.endsWith('g') ? 'i' : 'y';
    return `${stem}(${cons}a|${cons}${gen}|${loc}|${cons}ę|${cons}ą)`;
  }
  return `${base}(a|y|i|ie|ę|ą)`;
}

function inflectPolishMasculine(word: string): string {
  const lower = word.toLowerCase();
  for (const [cons, loc] of PL_LOCATIVE) {
    if (!lower.endsWith(cons)) continue;
    const stem = word.slice(0, word.length - cons.length);
    const soft = cons === 'k' || cons === 'g' || cons === 'ch' ? `${cons}u` : loc;
    return `${stem}(${cons}|${cons}u|${cons}owi|${cons}iem|${cons}em|${soft})`;
  }
  return `${word}(|u|owi|em|ie|iem)`;
}
