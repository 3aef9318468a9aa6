// Tagging quality on the labelled set (micro-averaged, overall, per split and per language)
// and throughput on one core for ~300-character items (rules and the shipped topic model).
// Throws when a target is missed.

import { availableParallelism, loadavg } from 'node:os';
import {
  batchesOf,
  compareReaders,
  evaluateTagging,
  type LabelledItem,
  loadInflections,
  loadLabelled,
  loadSecondReadings,
  type Scores,
  trainLabelledTopicModel,
} from '../packages/enrich/src/tagging/evaluate';
import { loadTopicModel, type TagOptions, tagText } from '../packages/enrich/src/tagging/index';

const PRECISION_TARGET = 0.9;
const RECALL_TARGET = 0.8;
const THROUGHPUT_TARGET = 10_000;
/**
 * The latest batches measured once and not tuned on since, pooled: what the targets are judged on.
 * They were labelled by readers given only the topic names and the two labelling rules (outside
 * readers).
 */
const UNSEEN = ['b29', 'b30', 'b31', 'b32'];
/**
 * The shipped topic model was trained on every labelled item, so it knows their labels: the
 * batches are scored with the rules alone, and the unseen ones also with a model trained without
 * them (what the shipped tagger is, on text it has not seen).
 */
const RULES: TagOptions = { topicModel: null };

function show(s: Scores): string {
  const { tp, fp, fn } = s.counts;
  return `P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`;
}

function report(name: string, items: LabelledItem[], options: TagOptions = RULES): boolean {
  const e = evaluateTagging(items, options);
  console.log(`${name}: ${e.items} items`);
  console.log(`  topics    ${show(e.topics)}`);
  console.log(`  countries ${show(e.countries)}`);
  for (const [lang, s] of Object.entries(e.byLanguage).sort()) {
    console.log(`  ${lang} (${s.items}): topics ${show(s.topics)} | countries ${show(s.countries)}`);
  }
  return [e.topics, e.countries].every((s) => s.precision >= PRECISION_TARGET && s.recall >= RECALL_TARGET);
}

/**
 * How far two readers agree on the batches a second reader labelled too: the ceiling for any
 * tagger scored against one of them.
 */
function reportReaders(items: LabelledItem[]): void {
  const second = loadSecondReadings();
  console.log(
    'Two readers on the same items (second reader scored against the first, as the tagger is; tagger = rules):',
  );
  const read = new Set(second.map((s) => s.id));
  const batches = batchesOf(items.filter((i) => read.has(i.id)));
  for (const batch of [...batches, 'all']) {
    const a = compareReaders(
      items.filter((i) => batch === 'all' || i.batch === batch),
      second,
      RULES,
    );
    console.log(
      `  ${batch} (${a.items}): topics readers ${show(a.readers.topics)} | tagger vs first ${show(a.taggerVsFirst.topics)} | ` +
        `tagger vs second ${show(a.taggerVsSecond.topics)}; countries readers ${show(a.readers.countries)}`,
    );
  }
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

/**
 * Items per second on one core. Measured per CPU-second of this process (process.cpuUsage), so
 * that other work on a shared machine does not count against the tagger; wall-clock rates are
 * printed beside it. Median and best of nine short slices.
 */
function measureThroughput(items: LabelledItem[]): number {
  const inputs = makeItems(items);
  for (const input of inputs) tagText(input); // compile every language's matcher first
  const cpuRates: number[] = [];
  const wallRates: number[] = [];
  for (let slice = 0; slice < 9; slice++) {
    const wallStart = performance.now();
    const cpuStart = process.cpuUsage();
    let done = 0;
    while (performance.now() - wallStart < 300) {
      for (const input of inputs) tagText(input);
      done += inputs.length;
    }
    const cpu = process.cpuUsage(cpuStart);
    cpuRates.push(done / ((cpu.user + cpu.system) / 1e6));
    wallRates.push(done / ((performance.now() - wallStart) / 1000));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const avgChars = inputs.reduce((n, x) => n + x.title.length + x.summary.length, 0) / inputs.length;
  console.log(
    `throughput: median ${Math.round(median(cpuRates))} items per CPU-second, best ${Math.round(Math.max(...cpuRates))} ` +
      `(wall clock: median ${Math.round(median(wallRates))} items/s; avg ${Math.round(avgChars)} chars/item; ` +
      `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
  );
  return median(cpuRates);
}

function measureInflections(): boolean {
  const cases = loadInflections();
  let found = 0;
  const missed: string[] = [];
  for (const c of cases) {
    const got = tagText({ title: c.text, language: c.language }).countries.map((t) => t.id);
    if (got.includes(c.code)) found++;
    else missed.push(`${c.language}:${c.text}`);
  }
  const share = found / cases.length;
  console.log(`inflected country forms found: ${found}/${cases.length} (${(share * 100).toFixed(1)}%)`);
  if (missed.length) console.log(`  missed: ${missed.join(' | ')}`);
  return share >= 0.95;
}

export async function run(): Promise<void> {
  const items = loadLabelled();
  report('all', items);
  report(
    'dev',
    items.filter((i) => i.split === 'dev'),
  );
  report(
    'heldout',
    items.filter((i) => i.split === 'heldout'),
  );
  // Later batches: b5-tune was used to change rules, b5-judge was measured first and looked at
  // afterwards, b6 was measured first and then tuned on, b7 was never used to change a rule (the
  // estimate for unseen text at the time); b8 was measured once after the per-language term files
  // were extended, then looked at; b9 was measured once after the second round, then looked at; b10
  // was measured once after the third round; b11 was measured once after the scoring change of
  // 2026-11-24, then looked at in the fourth round of term changes; b12 was measured once after that
  // round; b13 once after the foreign-workers rule; b14 (written conventions) and b15, b16 (outside
  // readers) once after the composed rules and evidential topics, b15 and b16 then looked at for
  // country names; b17 (outside reader) once after that; b18 (outside reader) once after the camps of
  // displaced people went to internal displacement; b19 and b20 (outside readers) once after
  // law-and-policy's actor words were separated, then looked at for a second round; b21 and b22
  // (outside readers) once after that round, then looked at for a third; b23 and b24 (outside
  // readers) once after that, then looked at for a fourth; b25-b28 (outside readers) once after
  // that; b29-b32 (outside readers) once with the same rules plus words that touch none of their
  // items (the estimate now, pooled).
  const batches = batchesOf(items);
  for (const batch of batches) {
    report(
      `batch ${batch}`,
      items.filter((i) => i.batch === batch),
    );
  }
  const unseen = items.filter((i) => UNSEEN.includes(i.batch ?? ''));
  report(`unseen (${UNSEEN.join(' + ')}), rules alone`, unseen);
  const started = performance.now();
  const topicModel = loadTopicModel(trainLabelledTopicModel(items, UNSEEN));
  console.log(
    `topic model trained without ${UNSEEN.join(', ')} on ${topicModel.model.trainedOn.items} items in ` +
      `${Math.round(performance.now() - started)} ms`,
  );
  const unseenOk = report(`unseen (${UNSEEN.join(' + ')}), rules and topic model`, unseen, { topicModel });
  reportReaders(items);
  const inflectionsOk = measureInflections();
  const rate = measureThroughput(items);
  const ok = unseenOk && inflectionsOk && rate >= THROUGHPUT_TARGET;
  console.log(
    `${ok ? 'PASS' : 'FAIL'}: P>=${PRECISION_TARGET}, R>=${RECALL_TARGET} for topics and countries on batches ${UNSEEN.join(' + ')} ` +
      `(${unseenOk ? 'met' : 'missed'}; measured once before anyone looked at it: the estimate for unseen text); ` +
      `>=95% inflected forms (${inflectionsOk ? 'met' : 'missed'}); median >=${THROUGHPUT_TARGET} items per CPU-second ` +
      `(${rate >= THROUGHPUT_TARGET ? 'met' : 'missed'})`,
  );
  if (!ok) throw new Error('tagging targets missed');
}
