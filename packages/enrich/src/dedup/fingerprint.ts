// A fingerprint is a text's shingle count (8 hex digits) followed by its MinHash signature
// (8 hex digits per slot): plain lower-case hex, so it fits a text column and can be compared
// without the original text. The count lets `similarity` estimate containment, not just Jaccard.
import { compareSignatures, hashShingles, SIGNATURE_SIZE, signShingles } from './minhash';

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
  const shingles = hashShingles(text);
  return formatFingerprint({ size: shingles.size, signature: signShingles(shingles) });
}

export function formatFingerprint({ size, signature }: ParsedFingerprint): string {
  let out = Math.min(size, 0xffffffff).toString(16).padStart(8, '0');
  for (const slot of signature) out += slot.toString(16).padStart(8, '0');
  return out;
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
