import { hashTokens } from './fingerprint';
import { tokenise } from './normalise';

/**
 * SHA-256 (hex) of the normalised text: equal for exact duplicates that differ only in markup
 * left-overs, case, accents, punctuation or spacing. Store it with a unique index.
 */
export function contentHash(text: string): string {
  return hashTokens(tokenise(text));
}
