// The eld n-gram database, loaded on first use: the large one costs about 2 s and 140 MB of
// heap, which a process that never detects a language (the CLI, the web server) must not pay.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EldScorer, type EldTables } from './eld-scorer';
import type { Scores } from './types';

export type EldSize = 'large' | 'medium' | 'small' | 'extrasmall';

const require = createRequire(import.meta.url);
const loaded = new Map<EldSize, EldScorer>();

/**
 * Loads eld's files synchronously, so that `detectLanguage` can stay synchronous. eld ships only
 * as ES modules behind an exports map without a `require` entry, so its files are located by
 * path and loaded with Node's `require(esm)` (Node >= 20.19).
 */
function requireEldFile<T>(relative: string): T {
  const file = join(findEldDirectory(), relative);
  try {
    return require(file) as T;
  } catch (err) {
    throw new Error(`language: cannot load ${file} (needs the eld package and Node >= 20.19)`, {
      cause: err,
    });
  }
}

function findEldDirectory(): string {
  for (const dir of require.resolve.paths('eld') ?? []) {
    const entry = join(dir, 'eld', 'src', 'languageDetector.js');
    if (existsSync(entry)) return dirname(dirname(entry));
  }
  throw new Error('language: the eld package is not installed');
}

/** The scorer over eld's database of that size, loading it on first use. */
export function loadEldScorer(size: EldSize): EldScorer {
  const cached = loaded.get(size);
  if (cached) return cached;
  const { ngramsData } = requireEldFile<{ ngramsData?: EldTables }>(`src/ngrams/${size}.js`);
  const { dictionary } = requireEldFile<{ dictionary?: string[] }>('src/dictionary.js');
  const { separators } = requireEldFile<{ separators?: RegExp }>('src/regexPatterns.js');
  if (!ngramsData?.ngrams || !dictionary || !separators) {
    throw new Error(`language: eld's ${size} database has an unexpected shape`);
  }
  const scorer = new EldScorer(ngramsData, dictionary, separators);
  loaded.set(size, scorer);
  return scorer;
}

/** True once the database of that size is in memory (for tests and benchmarks). */
export function isEldLoaded(size: EldSize): boolean {
  return loaded.has(size);
}

/** eld's per-language n-gram scores, limited to the candidates. */
export function scoreWithEld(text: string, candidates: ReadonlySet<string>, size: EldSize): Scores {
  const scores: Scores = new Map();
  for (const [language, score] of loadEldScorer(size).score(text)) {
    if (candidates.has(language)) scores.set(language, score);
  }
  return scores;
}
