// The eld n-gram model, loaded on first use: its large database costs about 2 s and 140 MB of
// heap, which a process that never detects a language (the CLI, the web server) must not pay.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Scores } from './types';

export type EldSize = 'large' | 'medium' | 'small' | 'extrasmall';

interface EldResult {
  language: string;
  getScores(): Record<string, number>;
}
interface Eld {
  detect(text: string): EldResult;
}

const require = createRequire(import.meta.url);
const loaded = new Map<EldSize, Eld>();

/**
 * Loads eld synchronously, so that `detectLanguage` can stay synchronous. eld ships only as an
 * ES module whose exports map has no `require` entry, so the entry file is located by path and
 * loaded with Node's `require(esm)` (Node >= 20.19).
 */
function loadEld(size: EldSize): Eld {
  const cached = loaded.get(size);
  if (cached) return cached;
  const file = findEldEntry(size);
  let module: { eld?: Eld };
  try {
    module = require(file) as { eld?: Eld };
  } catch (err) {
    throw new Error(`language: cannot load the eld ${size} model from ${file} (needs Node >= 20.19)`, {
      cause: err,
    });
  }
  if (!module.eld) throw new Error(`language: ${file} does not export eld`);
  loaded.set(size, module.eld);
  return module.eld;
}

function findEldEntry(size: EldSize): string {
  for (const dir of require.resolve.paths('eld') ?? []) {
    const file = join(dir, 'eld', 'src', 'entries', `static.${size}.js`);
    if (existsSync(file)) return file;
  }
  throw new Error(`language: the eld package (static.${size}.js) is not installed`);
}

/** True once the model of that size is in memory (for benchmarks that time the load). */
export function isEldLoaded(size: EldSize): boolean {
  return loaded.has(size);
}

/** eld squashes its n-gram score s into s / (s + 25) for display; this undoes it. */
const ELD_SCALE = 25;

/**
 * eld's per-language n-gram scores, limited to the candidates. eld reports them squashed towards
 * 1, which hides the gap between close languages (Russian 0.841, Bulgarian 0.825); the raw scores
 * keep it (132 against 118).
 */
export function scoreWithEld(text: string, candidates: ReadonlySet<string>, size: EldSize): Scores {
  const scores: Scores = new Map();
  const result = loadEld(size).detect(text);
  if (!result.language) return scores;
  for (const [language, squashed] of Object.entries(result.getScores())) {
    if (candidates.has(language) && squashed < 1)
      scores.set(language, (ELD_SCALE * squashed) / (1 - squashed));
  }
  return scores;
}
