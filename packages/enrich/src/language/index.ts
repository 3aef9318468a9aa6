// Language detection for news items: franc and eld read the text, the feed's declared language,
// the URL and the source's languages weigh in. See docs/language.md.
import { createLanguageDetector, type Detect } from './detector';
import type { LanguageInput, LanguageResult } from './types';

export { createLanguageDetector, DEFAULT_WEIGHTS, type DetectorOptions } from './detector';
export { DEFAULT_CANDIDATES, EU_LANGUAGES, normaliseLanguageTag } from './languages';
export type { LanguageInput, LanguageResult } from './types';

let defaultDetector: Detect | undefined;

/**
 * The language of a news item (ISO 639-1) and a confidence, or `und` when the evidence is too
 * weak. The detector is created once per process, on the first call.
 */
export function detectLanguage(input: LanguageInput): LanguageResult {
  defaultDetector ??= createLanguageDetector();
  return defaultDetector(input);
}
