// Parse + normalise throughput on the feed fixtures (real captures and the constructed charset
// feeds in packages/ingest/testdata), next to bare rss-parser `parseString` on the same bytes.
// Target: ours costs at most 2x bare rss-parser's time.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlToText, normaliseItems, parseDocument, sanitise } from '@mipas/ingest';
import * as cheerio from 'cheerio';
import Parser from 'rss-parser';

const TARGET_RATIO = 2;
const ROUNDS = 7;
const PASSES_PER_ROUND = 10;

const testdata = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'ingest', 'testdata');

function loadFixtures(): Array<{ name: string; bytes: Buffer }> {
  const dirs = ['feeds', 'charsets'];
  return dirs.flatMap((dir) =>
    readdirSync(join(testdata, dir))
      .filter((f) => f.endsWith('.xml'))
      .map((f) => ({ name: `${dir}/${f}`, bytes: readFileSync(join(testdata, dir, f)) })),
  );
}

async function runOurs(fixtures: Array<{ bytes: Buffer }>, now: Date): Promise<number> {
  let items = 0;
  for (const { bytes } of fixtures) {
    const feed = await parseDocument(bytes, { baseUrl: 'https://bench.example/feed', now });
    items += normaliseItems(feed.items, now).length;
  }
  return items;
}

async function runBare(fixtures: Array<{ bytes: Buffer }>, parser: Parser): Promise<number> {
  let items = 0;
  for (const { bytes } of fixtures) {
    // rss-parser users hand it the bytes as a UTF-8 string; UTF-16 files fail there, so count
    // only what it reads.
    const feed = await parser.parseString(bytes.toString('utf8')).catch(() => ({ items: [] }));
    items += feed.items.length;
  }
  return items;
}

async function time(fn: () => Promise<number>): Promise<{ ms: number; items: number }> {
  const started = performance.now();
  let items = 0;
  for (let i = 0; i < PASSES_PER_ROUND; i++) items += await fn();
  return { ms: performance.now() - started, items };
}

/** The DOM-based text extraction text.ts used before, kept here as the yardstick. */
function textViaCheerio(html: string): string {
  const $ = cheerio.load(html, null, false);
  $('script, style').remove();
  return $.root().text().replace(/\s+/g, ' ').trim();
}

/** Time spent in the two costly steps, on every item body of the fixtures. */
async function measureTextSteps(fixtures: Array<{ bytes: Buffer }>, parser: Parser): Promise<void> {
  const bodies: string[] = [];
  for (const { bytes } of fixtures) {
    const feed = await parser
      .parseString(bytes.toString('utf8'))
      .catch(() => ({ items: [] as Parser.Item[] }));
    for (const item of feed.items) bodies.push(item.content ?? '', item.title ?? '');
  }
  const step = (fn: (html: string) => unknown) => {
    const started = performance.now();
    for (let i = 0; i < PASSES_PER_ROUND; i++) for (const body of bodies) fn(body);
    return (performance.now() - started).toFixed(1);
  };
  step(htmlToText);
  step(textViaCheerio);
  console.log(
    `on ${bodies.length} titles and bodies x ${PASSES_PER_ROUND}: htmlToText ${step(htmlToText)} ms (cheerio-based: ${step(textViaCheerio)} ms), sanitise ${step((h) => sanitise(h, 'https://bench.example/'))} ms`,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export async function run(): Promise<void> {
  const fixtures = loadFixtures();
  const bytes = fixtures.reduce((sum, f) => sum + f.bytes.length, 0);
  const now = new Date('2026-11-23T00:00:00Z');
  const parser = new Parser();
  await time(() => runOurs(fixtures, now));
  await time(() => runBare(fixtures, parser));
  const ours: number[] = [];
  const bare: number[] = [];
  let ourItems = 0;
  let bareItems = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const a = await time(() => runOurs(fixtures, now));
    const b = await time(() => runBare(fixtures, parser));
    ours.push(a.ms);
    bare.push(b.ms);
    ourItems = a.items;
    bareItems = b.items;
  }
  const oursMs = median(ours);
  const bareMs = median(bare);
  const mb = (bytes * PASSES_PER_ROUND) / 1e6;
  console.log(
    `inputs: ${fixtures.length} files, ${bytes} bytes; ${PASSES_PER_ROUND} passes per round, median of ${ROUNDS} rounds`,
  );
  console.log(
    `ours (parseDocument + normaliseItems): ${oursMs.toFixed(1)} ms, ${((ourItems / oursMs) * 1000).toFixed(0)} items/s, ${((mb / oursMs) * 1000).toFixed(2)} MB/s`,
  );
  console.log(
    `bare rss-parser parseString:          ${bareMs.toFixed(1)} ms, ${((bareItems / bareMs) * 1000).toFixed(0)} items/s, ${((mb / bareMs) * 1000).toFixed(2)} MB/s`,
  );
  await measureTextSteps(fixtures, parser);
  const ratio = oursMs / bareMs;
  const verdict = ratio <= TARGET_RATIO ? 'PASS' : 'FAIL';
  console.log(`ratio ours/bare: ${ratio.toFixed(2)} (target <= ${TARGET_RATIO}): ${verdict}`);
  if (verdict === 'FAIL')
    throw new Error(`parse costs ${ratio.toFixed(2)}x bare rss-parser, above ${TARGET_RATIO}x`);
}
