// Where the end-to-end tests save their screenshots. A plain test run writes them to a folder
// under the system's temporary directory, so running the suite leaves the working tree as it
// was; `npm run screenshots` sets MIPAS_SCREENSHOTS to docs/screenshots to refresh the images
// linked from docs/curation.md.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function screenshotDir(): string {
  const dir = process.env.MIPAS_SCREENSHOTS
    ? resolve(process.env.MIPAS_SCREENSHOTS)
    : join(tmpdir(), 'mipas-screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
