// A fingerprint is a text's shingle count (8 hex digits) followed by its MinHash signature
// (8 hex digits per slot): plain lower-case hex, so it fits a text column and can be compared
// without the original text. The count lets `similarity` estimate containment, not just Jaccard.
import { createHash } from 'node:crypto';
import { compareSignatures, hashTokenShingles, SIGNATURE_SIZE, signShingles } from './minhash';
import { tokenise } from './normalise';

const HEX_LENGTH = 8 + SIGNATURE_SIZE * 8;
const HEX = /^[0-9a-f]*$/;

export interface ParsedFingerprint {
  /** Number of distinct shingles in the text. */
  size: number;
  signature: Uint32Array;
}

/** The text an item is fingerprinted and hashed on: its title, then its body (or summary). */
export function fingerprintText(title: string, body: string): string {
  return body ? `${title}\n${body}` : title;
}

/** The fingerprint of a text (see `similarity`). */
export function fingerprint(text: string): string {
  return fingerprintTokens(tokenise(text));
}

/**
 * Fingerprint and content hash of one text, tokenised once (the enrichment stage needs both).
 * `contentHash` equals `contentHash(text)`.
 */
export function analyseText(text: string): { fingerprint: string; contentHash: string } {
  const tokens = tokenise(text);
  return { fingerprint: fingerprintTokens(tokens), contentHash: hashTokens(tokens) };
}

export function hashTokens(tokens: string[]): string {
  return createHash('sha256').update(tokens.join(' '), 'utf8').digest('hex');
}

function fingerprintTokens(tokens: string[]): string {
  const shingles = hashTokenShingles(tokens);
  return formatFingerprint({ size: shingles.size, signature: signShingles(shingles) });
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function formatFingerprint({ size, signature }: ParsedFingerprint): string {
  const parts: string[] = [formatSlot(Math.min(size, 0xffffffff))];
  for (const slot of signature) parts.push(formatSlot(slot));
  return parts.join('');
}

/** Eight hex digits; a table lookup, because this runs 257 times per item. */
function formatSlot(value: number): string {
  return (
    (BYTE_HEX[value >>> 24] as string) +
    (BYTE_HEX[(value >>> 16) & 0xff] as string) +
    (BYTE_HEX[(value >>> 8) & 0xff] as string) +
    (BYTE_HEX[value & 0xff] as string)
  );
}

/** Reads a stored fingerprint back; throws on anything that `fingerprint` cannot have made. */
export function parseFingerprint(hex: string): ParsedFingerprint {
  if (typeof hex !== 'string' || hex.length !== HEX_LENGTH || !HEX.test(hex)) {
    throw new TypeError(`not a fingerprint: expected ${HEX_LENGTH} lower-case hex characters`);
  }
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const at = 8 + i * 8;
    signature[i] = Number.parseInt(hex.slice(at, at + 8), 16);
  }
  return { size: Number.parseInt(hex.slice(0, 8), 16), signature };
}

/** Estimated Jaccard similarity of the shingle sets behind two fingerprints. */
export function estimateJaccard(a: string, b: string): number {
  return compareSignatures(parseFingerprint(a).signature, parseFingerprint(b).signature);
}
