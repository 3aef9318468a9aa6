// Language detection: accuracy per language on the shipped evaluation set (headline and summary
// length) for plain franc and for our detector on the same texts, the variants the design was
// chosen from, what hints add on two-word texts, load cost and throughput on ~300-character
// items. Prints PASS/FAIL and throws when a target is missed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Accuracy,
  CORE_LANGUAGES,
  formatPercent,
  type Guess,
  guessWithPlainFranc,
  measureAccuracy,
  percent,
} from '../packages/enrich/src/language/evaluation/accuracy';
import { DATA_DIR, type EvalText, loadEvalSet } from '../packages/enrich/src/language/evaluation/eval-set';
import {
  createLanguageDetector,
  type DetectorOptions,
  detectLanguage,
} from '../packages/enrich/src/language/index';

const HEADLINE_TARGET = 97;
const SUMMARY_TARGET = 99;
// Enrichment as a whole needs 2,000 items/s on one core; language detection may take a third.
const THROUGHPUT_TARGET = 6_000;

const LABELS = { headline: 'headlines', summary: 'summaries' } as const;

const guessWithOurs: Guess = (text) => detectLanguage({ title: text.text }).language;

function measureLoad(): void {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  detectLanguage({ title: 'Migracijos departamentas paskelbė naujus prieglobsčio prašymų duomenis' });
  const ms = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  console.log(`first call (loads eld large): ${ms.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB`);
}

function printTable(title: string, texts: EvalText[], franc: Accuracy, ours: Accuracy): void {
  console.log(`\n${title}: ${texts.length} texts; accuracy % plain franc -> ours`);
  const languages = [...ours.byLanguage.keys()].sort();
  const cells = languages.map((lang) => {
    const n = ours.byLanguage.get(lang)?.n ?? 0;
    return `${lang}(${n}) ${formatPercent(franc.byLanguage.get(lang))} -> ${formatPercent(ours.byLanguage.get(lang))}`;
  });
  for (let i = 0; i < cells.length; i += 4)
    console.log(
      `  ${cells
        .slice(i, i + 4)
        .map((c) => c.padEnd(28))
        .join('')}`,
    );
  console.log(
    `  core (${CORE_LANGUAGES.join(' ')}): ${formatPercent(franc.core)} -> ${formatPercent(ours.core)}`,
  );
  console.log(
    `  all ${ours.byLanguage.size} languages:  ${formatPercent(franc.overall)} -> ${formatPercent(ours.overall)}`,
  );
}

function compareVariants(texts: EvalText[]): void {
  const variants: Array<[string, DetectorOptions]> = [
    ['franc alone (candidates only)', { eldSize: null }],
    ['eld large alone', { useFranc: false }],
    ['eld medium + franc', { eldSize: 'medium' }],
    ['eld large + franc (default)', {}],
  ];
  console.log('\nvariants, text only, core / all languages (headline | summary):');
  for (const [name, options] of variants) {
    const detect = createLanguageDetector(options);
    console.log(`  ${name.padEnd(30)} ${describe(texts, (t) => detect({ title: t.text }).language)}`);
  }
  const detect = createLanguageDetector();
  const wrong = (lang: string) => (lang === 'en' ? 'lt' : 'en');
  const hinted: Array<[string, Guess]> = [
    [
      '+ source languages [lang, en]',
      (t) => detect({ title: t.text, sourceLanguages: [t.lang, 'en'] }).language,
    ],
    ['+ wrong declared language', (t) => detect({ title: t.text, declared: wrong(t.lang) }).language],
    [
      '+ wrong declared and URL',
      (t) =>
        detect({ title: t.text, declared: wrong(t.lang), url: `https://example.org/${wrong(t.lang)}/news` })
          .language,
    ],
  ];
  const francAlone = createLanguageDetector({ eldSize: null });
  hinted.push([
    'franc alone + source languages',
    (t) => francAlone({ title: t.text, sourceLanguages: [t.lang, 'en'] }).language,
  ]);
  for (const [name, guess] of hinted) console.log(`  ${name.padEnd(30)} ${describe(texts, guess)}`);
}

function describe(texts: EvalText[], guess: Guess): string {
  const part = (kind: string) => {
    const accuracy = measureAccuracy(
      texts.filter((t) => t.kind === kind),
      guess,
    );
    return `${formatPercent(accuracy.core)} / ${formatPercent(accuracy.overall)}`;
  };
  return `${part('headline')} | ${part('summary')}`;
}

function measureTwoWordTexts(): void {
  const pairs = readFileSync(join(DATA_DIR, 'lingua-word-pairs.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line, i) => ({ ...(JSON.parse(line) as { text: string; lang: string }), id: `wp${i}` }));
  const texts = pairs.map((p) => ({
    ...p,
    kind: 'headline' as const,
    origin: 'lingua-word-pairs.jsonl',
    split: 'tune' as const,
  }));
  const sources = (lang: string) => (lang === 'en' ? ['en'] : [lang, 'en']);
  const alone = measureAccuracy(texts, guessWithOurs);
  const withSource = measureAccuracy(
    texts,
    (t) => detectLanguage({ title: t.text, sourceLanguages: sources(t.lang) }).language,
  );
  const withDeclared = measureAccuracy(
    texts,
    (t) => detectLanguage({ title: t.text, declared: t.lang }).language,
  );
  const franc = measureAccuracy(texts, guessWithPlainFranc);
  console.log(
    `\ntwo-word texts (${texts.length}, lingua word pairs): plain franc ${formatPercent(franc.overall)}, ours text only ${formatPercent(alone.overall)}, with source languages ${formatPercent(withSource.overall)}, with declared language ${formatPercent(withDeclared.overall)}`,
  );
}

function measureThroughput(texts: EvalText[]): number {
  const summaries = texts.filter((t) => t.kind === 'summary');
  const headlines = texts.filter((t) => t.kind === 'headline');
  // ~300-character items: a real headline plus a real summary cut so the two make 300 characters.
  const items = summaries.map((s, i) => {
    const title = headlines[i % headlines.length]?.text ?? '';
    return {
      title,
      summary: s.text.slice(0, Math.max(0, 300 - title.length)),
      sourceLanguages: [s.lang, 'en'],
    };
  });
  for (const item of items.slice(0, 500)) detectLanguage(item);
  let done = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  while (performance.now() - started < 3000) {
    for (const item of items) detectLanguage(item);
    done += items.length;
  }
  const cpu = process.cpuUsage(cpuBefore);
  // Per second of this process's CPU time: on a shared machine, wall time also counts the time
  // other processes held the core.
  const perCpuSecond = done / ((cpu.user + cpu.system) / 1e6);
  const perWallSecond = done / ((performance.now() - started) / 1000);
  const chars = items.reduce((sum, item) => sum + item.title.length + item.summary.length, 0) / items.length;
  console.log(
    `\nthroughput: ${perCpuSecond.toFixed(0)} items per CPU second (${perWallSecond.toFixed(0)} per wall second), one core, ${items.length} items of ${chars.toFixed(0)} characters on average`,
  );
  return perCpuSecond;
}

export async function run(): Promise<void> {
  measureLoad();
  const texts = loadEvalSet();
  const results = new Map<string, { franc: Accuracy; ours: Accuracy }>();
  for (const kind of ['headline', 'summary'] as const) {
    for (const split of ['all', 'holdout'] as const) {
      const chosen = texts.filter((t) => t.kind === kind && (split === 'all' || t.split === split));
      const franc = measureAccuracy(chosen, guessWithPlainFranc);
      const ours = measureAccuracy(chosen, guessWithOurs);
      results.set(`${kind}/${split}`, { franc, ours });
      if (split === 'all') printTable(LABELS[kind], chosen, franc, ours);
      else
        console.log(
          `  held-out ${LABELS[kind]} only: core ${formatPercent(franc.core)} -> ${formatPercent(ours.core)}, all ${formatPercent(franc.overall)} -> ${formatPercent(ours.overall)}`,
        );
    }
    const news = texts.filter((t) => t.kind === kind && !t.origin.startsWith('lingua'));
    const f = measureAccuracy(news, guessWithPlainFranc);
    const o = measureAccuracy(news, guessWithOurs);
    console.log(
      `  real news ${LABELS[kind]} only (${news.length}): core ${formatPercent(f.core)} -> ${formatPercent(o.core)}, all ${formatPercent(f.overall)} -> ${formatPercent(o.overall)}`,
    );
  }
  compareVariants(texts);
  measureTwoWordTexts();
  const perSecond = measureThroughput(texts);

  const headline = results.get('headline/all')!;
  const summary = results.get('summary/all')!;
  const checks: Array<[string, boolean]> = [
    [
      `headline core ${percent(headline.ours.core).toFixed(1)}% >= ${HEADLINE_TARGET}%`,
      percent(headline.ours.core) >= HEADLINE_TARGET,
    ],
    [
      `headline core above plain franc (${percent(headline.franc.core).toFixed(1)}%)`,
      percent(headline.ours.core) > percent(headline.franc.core),
    ],
    [
      `summary core ${percent(summary.ours.core).toFixed(1)}% >= ${SUMMARY_TARGET}%`,
      percent(summary.ours.core) >= SUMMARY_TARGET,
    ],
    [
      `throughput ${perSecond.toFixed(0)} items per CPU second >= ${THROUGHPUT_TARGET}`,
      perSecond >= THROUGHPUT_TARGET,
    ],
  ];
  console.log('');
  for (const [what, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`);
  const failed = checks.filter(([, ok]) => !ok);
  if (failed.length > 0) throw new Error(`language bench: ${failed.map(([what]) => what).join('; ')}`);
}
