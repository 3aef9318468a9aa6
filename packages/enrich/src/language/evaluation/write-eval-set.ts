// Regenerates data/langeval/eval-set.jsonl: `npx tsx packages/enrich/src/language/evaluation/write-eval-set.ts`.
import { writeFileSync } from 'node:fs';
import { buildEvalSet, EVAL_SET_FILE } from './eval-set';

const texts = buildEvalSet();
writeFileSync(EVAL_SET_FILE, `${texts.map((text) => JSON.stringify(text)).join('\n')}\n`);
console.log(`wrote ${texts.length} texts to ${EVAL_SET_FILE}`);
