import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** Bytes of a file under packages/ingest/testdata. */
export function readTestdata(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(root, path)));
}
