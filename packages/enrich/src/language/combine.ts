// Weighs the text models' evidence against the hints. Each language gets a log-score: the text
// evidence times `sharpness`, plus a bonus for each hint naming it. A softmax over those gives the
// confidence, so a hint decides between languages the text cannot tell apart (a short title)
// but cannot outvote text that clearly reads as another language.
import type { LanguageHints } from './priors';
import type { LanguageResult, Scores } from './types';

export interface Weights {
  /** Weight of eld's evidence (relative score, best = 1). */
  eld: number;
  /** Weight of franc's evidence (relative score, best = 1). */
  franc: number;
  /**
   * franc scores every language close to its best one (0.95 is common), so only languages within
   * this distance of the best get franc evidence, falling linearly to 0 at the edge.
   */
  francSpread: number;
  /** How strongly text evidence separates languages; higher = text outweighs hints more. */
  sharpness: number;
  /**
   * Letters a text needs for its evidence to count in full; shorter texts (a name, two words)
   * count in proportion, so that the hints can decide them.
   */
  fullEvidenceLetters: number;
  /** Log-odds bonus for the language the feed or page declares. */
  declared: number;
  /** Log-odds bonus for a language segment in the URL. */
  url: number;
  /** Log-odds bonus for each language the source publishes in. */
  source: number;
  /** Below this confidence the answer is `und`. */
  minConfidence: number;
}

export const UNDETERMINED: LanguageResult = { language: 'und', confidence: 0 };

/** Scales a model's scores so that its best language has 1 and those `spread` below it 0. */
function relativise(scores: Scores, spread?: number): Scores {
  let best = 0;
  for (const score of scores.values()) best = Math.max(best, score);
  const relative: Scores = new Map();
  if (best <= 0) return relative;
  for (const [language, score] of scores) {
    const value = spread === undefined ? score / best : 1 - (best - score) / (best * spread);
    if (value > 0) relative.set(language, value);
  }
  return relative;
}

/** Combines text evidence and hints into one language and a confidence. */
export function combineEvidence(
  eld: Scores,
  franc: Scores,
  hints: LanguageHints,
  weights: Weights,
  letters: number,
  francSpeaksFor: (language: string) => boolean = () => true,
): LanguageResult {
  const eldRelative = relativise(eld);
  const francRelative = relativise(franc, weights.francSpread);
  for (const language of francRelative.keys()) if (!francSpeaksFor(language)) francRelative.delete(language);
  const hasText = eldRelative.size > 0 || francRelative.size > 0;
  const hinted = [hints.declared, hints.url, ...hints.source].filter((l): l is string => l !== null);
  if (!hasText && hinted.length === 0) return UNDETERMINED;

  const languages = new Set([...eldRelative.keys(), ...francRelative.keys(), ...hinted]);
  const sharpness = weights.sharpness * Math.min(1, letters / weights.fullEvidenceLetters);
  const logScores = new Map<string, number>();
  for (const language of languages) {
    const text =
      weights.eld * (eldRelative.get(language) ?? 0) + weights.franc * (francRelative.get(language) ?? 0);
    let logScore = sharpness * text;
    if (language === hints.declared) logScore += weights.declared;
    if (language === hints.url) logScore += weights.url;
    if (hints.source.includes(language)) logScore += weights.source;
    logScores.set(language, logScore);
  }
  return pickBest(logScores, weights.minConfidence);
}

function pickBest(logScores: Map<string, number>, minConfidence: number): LanguageResult {
  let bestLanguage = 'und';
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [language, score] of logScores) {
    if (score > bestScore) {
      bestScore = score;
      bestLanguage = language;
    }
  }
  let total = 0;
  for (const score of logScores.values()) total += Math.exp(score - bestScore);
  const confidence = 1 / total;
  if (confidence < minConfidence) return UNDETERMINED;
  return { language: bestLanguage, confidence: Math.round(confidence * 1000) / 1000 };
}
