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
  if (lang === 'lt') return applyRules(word, LT_RULES);
  if (lang === 'ru') return RU_CONSONANT_FINAL.test(word) ? `${word}(|а|у|е|ом)` : applyRules(word, RU_RULES);
  if (lang === 'uk') return RU_CONSONANT_FINAL.test(word) ? `${word}(|у|а|і|ом)` : applyRules(word, UK_RULES);
  if (lang === 'pl') return inflectPolish(word, position);
  if (lang === 'de' && position === count - 1) return `${word}(|s)`;
  // English adjectives and demonyms of -a names: Kenyan, Somalians, Saudi Arabian.
  if (lang === 'en' && position === count - 1 && word.endsWith('a')) return `${word}(|n|ns)`;
  return word;
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
