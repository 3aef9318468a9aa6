// eld's scoring, re-implemented over eld's own n-gram database. eld's `detect()` spends about
// a third of its time enumerating object keys per n-gram and sorting a result object we do not
// need; this reads the same tables, keeps each n-gram's entries as a packed array once seen, and
// returns the raw per-language scores. Ported from eld 2.1.0 `src/languageDetector.js`
// (Apache-2.0, Nito T.M.); `test/language-eld.test.ts` checks it agrees with eld's `detect()`.

export interface EldTables {
  /** Language index → ISO 639-1 code. */
  languages: Record<number, string>;
  /** Byte n-gram → { language index: score }. */
  ngrams: Record<string, Record<number, number>>;
}

/** eld stores scores minus this base to keep its files small. */
const BASE_NGRAM_SCORE = 53;
/** eld reads at most this many bytes of a text (cut at the next space after 350). */
const CUT_AFTER_BYTES = 350;
const ENFORCE_CUT_BYTES = 380;
/** Bound on the packed-entry cache; it is dropped and refilled when full. */
const CACHE_LIMIT = 300_000;
const NO_ENTRY = new Int32Array(0);

export class EldScorer {
  private readonly cache = new Map<string, Int32Array>();
  private readonly codes: string[];

  constructor(
    private readonly tables: EldTables,
    private readonly dictionary: readonly string[],
    private readonly separators: RegExp,
  ) {
    this.codes = Object.entries(tables.languages)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, code]) => code);
  }

  /** Mean n-gram score per language (eld's score before it squashes it into 0..1). */
  score(text: string): Map<string, number> {
    const words = this.toByteWords(text.substring(0, 1000));
    const ngrams = collectNgrams(words);
    const totals = new Float64Array(this.codes.length);
    for (const ngram of ngrams) {
      const entry = this.lookUp(ngram);
      for (let i = 0; i < entry.length; i += 2) totals[entry[i]!]! += entry[i + 1]! + BASE_NGRAM_SCORE;
    }
    const scores = new Map<string, number>();
    totals.forEach((total, index) => {
      if (total > 0) scores.set(this.codes[index]!, total / ngrams.size);
    });
    return scores;
  }

  private lookUp(ngram: string): Int32Array {
    let entry = this.cache.get(ngram);
    if (entry !== undefined) return entry;
    const raw = this.tables.ngrams[ngram];
    if (raw) {
      const pairs: number[] = [];
      for (const language in raw) pairs.push(Number(language), raw[language as unknown as number]!);
      entry = Int32Array.from(pairs);
    } else {
      entry = NO_ENTRY;
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(ngram, entry);
    return entry;
  }

  /** Lower-cased words as strings of UTF-8 bytes, each byte mapped through eld's dictionary. */
  private toByteWords(text: string): string[] {
    const str = text.replace(this.separators, ' ').trim().toLowerCase();
    const dictionary = this.dictionary;
    const words: string[] = [];
    let encoded = '';
    let bytes = 0;
    for (let i = 0; i < str.length; i++) {
      let code = str.charCodeAt(i);
      if (code < 0x80) {
        if (code === 32) {
          if (encoded !== '') {
            words.push(encoded);
            encoded = '';
          }
          if (bytes > CUT_AFTER_BYTES) break;
        } else {
          encoded += str[i];
        }
        bytes++;
      } else if (code < 0x800) {
        encoded += dictionary[0xc0 | (code >> 6)]! + dictionary[0x80 | (code & 0x3f)]!;
        bytes += 2;
      } else if (code < 0xd800 || code >= 0xe000) {
        encoded +=
          dictionary[0xe0 | (code >> 12)]! +
          dictionary[0x80 | ((code >> 6) & 0x3f)]! +
          dictionary[0x80 | (code & 0x3f)]!;
        bytes += 3;
      } else {
        i++;
        code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
        encoded +=
          dictionary[0xf0 | (code >> 18)]! +
          dictionary[0x80 | ((code >> 12) & 0x3f)]! +
          dictionary[0x80 | ((code >> 6) & 0x3f)]! +
          dictionary[0x80 | (code & 0x3f)]!;
        bytes += 4;
      }
      if (bytes > ENFORCE_CUT_BYTES) break;
    }
    if (encoded !== '') words.push(encoded);
    return words;
  }
}

/** eld's n-grams: 4 bytes with a stride of 3, word starts marked by a space, plus each word's end. */
function collectNgrams(words: readonly string[]): Set<string> {
  const ngrams = new Set<string>();
  for (const word of words) {
    const length = Math.min(word.length, 70);
    let j = 0;
    for (; j + 4 < length; j += 3) ngrams.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    ngrams.add(`${j === 0 ? ' ' : ''}${word.substring(length !== 3 ? length - 4 : 0)} `);
  }
  return ngrams;
}
