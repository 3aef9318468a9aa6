// Runs every benchmark file in this folder (`*.bench.ts`, each exporting `run(): Promise<void>`)
// and prints its figures. `npm run bench -- language` runs only the files whose name contains
// one of the given words.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const started = performance.now();
  try {
    const mod = (await import(join(here, file))) as { run: () => Promise<void> };
    await mod.run();
  } catch (err) {
    failed++;
    console.error(`bench ${file} failed:`, err);
  }
  console.log(`--- ${file} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
if (files.length === 0) console.log('no benchmark matched', filters.join(' '));
process.exit(failed ? 1 : 0);
