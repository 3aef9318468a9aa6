import { createHash } from 'node:crypto';
import { normaliseText } from './normalise';

/**
 * SHA-256 (hex) of the normalised text: equal for exact duplicates that differ only in markup
 * left-overs, case, accents, punctuation or spacing. Store it with a unique index.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseText(text), 'utf8').digest('hex');
}
