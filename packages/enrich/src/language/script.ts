// Writing systems that belong to one candidate language settle the question without a model
// (Han characters without kana are read as Chinese).

const SINGLE_LANGUAGE_SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
];

/** Share of a text's letters a script needs to decide; Japanese mixes kana with Han characters. */
const SHARE: Readonly<Record<string, number>> = { ja: 0.15, zh: 0.4 };
const DEFAULT_SHARE = 0.6;

const ANY_SINGLE_LANGUAGE_SCRIPT =
  /[\p{Script=Greek}\p{Script=Georgian}\p{Script=Armenian}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * The language of a text whose letters are mostly in a script only one candidate uses (Greek,
 * Georgian, ...), or `null` when the script is shared (Latin, Cyrillic, Arabic) or mixed.
 */
export function detectByScript(text: string): string | null {
  if (!ANY_SINGLE_LANGUAGE_SCRIPT.test(text)) return null;
  let letters = 0;
  const counts = new Map<string, number>();
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    letters++;
    for (const [pattern, language] of SINGLE_LANGUAGE_SCRIPTS) {
      if (pattern.test(char)) {
        counts.set(language, (counts.get(language) ?? 0) + 1);
        break;
      }
    }
  }
  // In table order, so that kana decide for Japanese before Han characters count as Chinese.
  for (const [, language] of SINGLE_LANGUAGE_SCRIPTS) {
    const count = counts.get(language) ?? 0;
    if (count > 0 && count >= (SHARE[language] ?? DEFAULT_SHARE) * letters) return language;
  }
  return null;
}
