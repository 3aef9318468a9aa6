// Public shapes of the tagging stage. A tag always says where it came from and how sure we are,
// so curators and sources can override rules without losing the rule's own view.
export type TagOrigin = 'rule' | 'model' | 'source' | 'curator';

export interface Tag {
  /** Topic slug, ISO 3166 alpha-3 code, or organisation slug. */
  id: string;
  /** 0..1; rules score by where and how often a term matched, the model gives its probability. */
  confidence: number;
  origin: TagOrigin;
}

export interface TagInput {
  title: string;
  summary?: string | null;
  text?: string | null;
  /** ISO 639-1 code, or 'und' when language detection gave up. */
  language: string;
}

export interface TagResult {
  topics: Tag[];
  countries: Tag[];
  primaryCountry: string | null;
  organisations: Tag[];
}
