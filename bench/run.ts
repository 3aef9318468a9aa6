// Runs every benchmark file in this folder (`*.bench.ts`, each exporting `run(): Promise<unknown>`)
// and prints its figures. `npm run bench -- language` runs only the files whose name contains
// one of the given words. The process exits with 1 when a benchmark failed: its run() threw or
// resolved to `false`, or it printed a line with the word FAIL (a target it did not meet).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();

const FAIL_LINE = /\bFAIL\b/;

/** Runs `fn` while watching console output for FAIL lines; true when one was printed. */
async function watchingForFail(
  fn: () => Promise<unknown>,
): Promise<{ result: unknown; printedFail: boolean }> {
  let printedFail = false;
  const originals = { log: console.log, error: console.error, warn: console.warn, info: console.info };
  for (const name of Object.keys(originals) as Array<keyof typeof originals>) {
    console[name] = (...args: unknown[]) => {
      if (args.some((a) => typeof a === 'string' && FAIL_LINE.test(a))) printedFail = true;
      originals[name](...args);
    };
  }
  try {
    return { result: await fn(), printedFail };
  } finally {
    Object.assign(console, originals);
  }
}

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const started = performance.now();
  try {
    const mod = (await import(join(here, file))) as { run: () => Promise<unknown> };
    const { result, printedFail } = await watchingForFail(() => mod.run());
    if (result === false || printedFail) {
      failed++;
      console.error(`bench ${file} failed: ${printedFail ? 'a target was not met' : 'run() returned false'}`);
    }
  } catch (err) {
    failed++;
    console.error(`bench ${file} failed:`, err);
  }
  console.log(`--- ${file} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
if (files.length === 0) console.log('no benchmark matched', filters.join(' '));
process.exit(failed ? 1 : 0);
