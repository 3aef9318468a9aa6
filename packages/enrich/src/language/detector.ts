// One language detector: which models it runs, over which candidate languages, with which weights.
import { combineEvidence, type Weights } from './combine';
import { type EldSize, scoreWithEld } from './eld-model';
import { scoreWithFranc } from './franc-model';
import { DEFAULT_CANDIDATES, ELD_LANGUAGES, FRANC_CUE_LETTERS } from './languages';
import { collectHints, type LanguageHints } from './priors';
import { detectByScript } from './script';
import { buildDetectionText, countLetters, DEFAULT_MAX_CHARS } from './text';
import type { LanguageInput, LanguageResult, Scores } from './types';

export interface DetectorOptions {
  /** ISO 639-1 codes the detector may answer (default: the languages migration sources use). */
  candidates?: readonly string[];
  /** eld database to use, or `null` to run franc alone (default `large`). */
  eldSize?: EldSize | null;
  /**
   * Whether franc reads the text (default `true`). Alongside eld it speaks only for candidates
   * eld does not know (Kazakh, Macedonian, Maltese, Irish), and runs only when the text has one of
   * their letters; without eld it speaks for every candidate.
   */
  useFranc?: boolean;
  weights?: Partial<Weights>;
  /** Characters of title + summary + body the models read (default 200). */
  maxChars?: number;
}

/** Weights chosen on the tuning half of `data/langeval` (see docs/language.md). */
export const DEFAULT_WEIGHTS: Weights = {
  eld: 1,
  franc: 1.5,
  francSpread: 0.1,
  sharpness: 20,
  fullEvidenceLetters: 40,
  declared: 1.5,
  url: 1,
  source: 2,
  minConfidence: 0.2,
};

/** Texts with fewer letters than this carry no language (numbers, codes, initials). */
const MIN_LETTERS = 3;
/** A title read with at least this confidence is not read again with its summary. */
const SURE_CONFIDENCE = 0.98;

export type Detect = (input: LanguageInput) => LanguageResult;

/** Builds a detector; models load on its first call, not here. */
export function createLanguageDetector(options: DetectorOptions = {}): Detect {
  const candidates = [...(options.candidates ?? DEFAULT_CANDIDATES)];
  const candidateSet = new Set(candidates);
  const eldSize = options.eldSize === undefined ? 'large' : options.eldSize;
  const useFranc = options.useFranc ?? true;
  const weights: Weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;

  const detectText = (text: string, hints: LanguageHints): LanguageResult => {
    const noScores: Scores = new Map();
    const letters = countLetters(text, Math.max(MIN_LETTERS, weights.fullEvidenceLetters));
    if (letters < MIN_LETTERS) return combineEvidence(noScores, noScores, hints, weights, letters);
    const byScript = detectByScript(text);
    if (byScript && candidateSet.has(byScript)) return { language: byScript, confidence: 1 };
    const eld = eldSize ? scoreWithEld(text, candidateSet, eldSize) : noScores;
    const francRuns = useFranc && (!eldSize || FRANC_CUE_LETTERS.test(text));
    const franc = francRuns ? scoreWithFranc(text, candidates) : noScores;
    const francSpeaksFor = eldSize ? (language: string) => !ELD_LANGUAGES.has(language) : undefined;
    return combineEvidence(eld, franc, hints, weights, letters, francSpeaksFor);
  };

  return (input) => {
    checkInput(input);
    const hints = collectHints(input.declared, input.url, input.sourceLanguages, candidateSet);
    // A title long enough to settle the question spares reading the summary (eld's time grows
    // with the text); an unsure title is read again together with the summary and body.
    if (input.summary?.trim() || input.text?.trim()) {
      const title = buildDetectionText(input.title, null, null, maxChars);
      if (countLetters(title, weights.fullEvidenceLetters) >= weights.fullEvidenceLetters) {
        const fromTitle = detectText(title, hints);
        if (fromTitle.confidence >= SURE_CONFIDENCE) return fromTitle;
      }
    }
    return detectText(buildDetectionText(input.title, input.summary, input.text, maxChars), hints);
  };
}

/** Rejects inputs of the wrong shape with a message that names the field. */
function checkInput(input: LanguageInput): void {
  if (input === null || typeof input !== 'object') {
    throw new TypeError('detectLanguage: input must be an object with a string title');
  }
  if (typeof input.title !== 'string') throw new TypeError('detectLanguage: title must be a string');
  for (const field of ['summary', 'text', 'url', 'declared'] as const) {
    const value = input[field];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      throw new TypeError(`detectLanguage: ${field} must be a string, null or absent`);
    }
  }
  const sources = input.sourceLanguages;
  if (sources !== undefined && (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string'))) {
    throw new TypeError('detectLanguage: sourceLanguages must be an array of language codes');
  }
}
