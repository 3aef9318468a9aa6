// Tagging quality on the labelled set (micro-averaged, overall, per split and per language)
// and throughput on one core for ~300-character items. Throws when a target is missed.
import {
  evaluateTagging,
  type LabelledItem,
  loadLabelled,
  type Scores,
} from '../packages/enrich/src/tagging/evaluate';
import { tagText } from '../packages/enrich/src/tagging/index';

const PRECISION_TARGET = 0.9;
const RECALL_TARGET = 0.8;
const THROUGHPUT_TARGET = 10_000;

function show(s: Scores): string {
  const { tp, fp, fn } = s.counts;
  return `P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`;
}

function report(name: string, items: LabelledItem[]): boolean {
  const e = evaluateTagging(items);
  console.log(`${name}: ${e.items} items`);
  console.log(`  topics    ${show(e.topics)}`);
  console.log(`  countries ${show(e.countries)}`);
  for (const [lang, s] of Object.entries(e.byLanguage).sort()) {
    console.log(`  ${lang} (${s.items}): topics ${show(s.topics)} | countries ${show(s.countries)}`);
  }
  return [e.topics, e.countries].every((s) => s.precision >= PRECISION_TARGET && s.recall >= RECALL_TARGET);
}

function makeItems(items: LabelledItem[]): Array<{ title: string; summary: string; language: string }> {
  // ~300 characters each: real labelled titles with their summaries, padded from other items.
  return items.map((item, i) => {
    let summary = item.summary;
    for (let k = 1; summary.length + item.title.length < 300; k++) {
      summary += ` ${items[(i + k) % items.length]!.title}`;
    }
    return {
      title: item.title,
      summary: summary.slice(0, 300 - Math.min(item.title.length, 150)),
      language: item.language,
    };
  });
}

function measureThroughput(items: LabelledItem[]): number {
  const inputs = makeItems(items);
  for (const input of inputs) tagText(input); // compile every language's matcher first
  const rounds = 30;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const input of inputs) tagText(input);
  const seconds = (performance.now() - started) / 1000;
  const avgChars = inputs.reduce((n, x) => n + x.title.length + x.summary.length, 0) / inputs.length;
  const rate = (rounds * inputs.length) / seconds;
  console.log(`throughput: ${Math.round(rate)} items/s on one core (avg ${Math.round(avgChars)} chars/item)`);
  return rate;
}

export async function run(): Promise<void> {
  const items = loadLabelled();
  const allOk = report('all', items);
  report(
    'dev',
    items.filter((i) => i.split === 'dev'),
  );
  report(
    'heldout',
    items.filter((i) => i.split === 'heldout'),
  );
  const rate = measureThroughput(items);
  const ok = allOk && rate >= THROUGHPUT_TARGET;
  console.log(
    `${ok ? 'PASS' : 'FAIL'}: P>=${PRECISION_TARGET}, R>=${RECALL_TARGET} for topics and countries; >=${THROUGHPUT_TARGET} items/s`,
  );
  if (!ok) throw new Error('tagging targets missed');
}
