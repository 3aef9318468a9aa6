/** What the detector reads about one news item. Only `title` is required. */
export interface LanguageInput {
  title: string;
  summary?: string | null;
  /** Item body as plain text, when the item has one. */
  text?: string | null;
  /** Item URL; language segments such as `/lt/` or `?lang=ru` count as a hint. */
  url?: string | null;
  /** Language the feed, page or `lang` attribute declares (BCP 47 as written). */
  declared?: string | null;
  /** ISO 639-1 codes of the languages the source publishes in. */
  sourceLanguages?: string[];
}

export interface LanguageResult {
  /** ISO 639-1 code, or `und` when the evidence is too weak to name one. */
  language: string;
  /** 0..1; how sure the detector is of `language` (0 for `und`). */
  confidence: number;
}

/** Per-language evidence, each value 0..1 (1 = best match). */
export type Scores = Map<string, number>;
