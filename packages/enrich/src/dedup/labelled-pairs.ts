// The labelled duplicate / distinct pairs shipped in data/dedup-pairs, and the measurement that
// picks and checks the duplicate threshold. Used by the tests and the benchmark.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fingerprint, fingerprintText } from './fingerprint';
import { similarity } from './similarity';

export const PAIRS_DIR = fileURLToPath(new URL('../../data/dedup-pairs/', import.meta.url));

/**
 * Same story told in other words (a rewrite from the same wire, a translation). Text
 * similarity cannot see these; they are labelled and reported, not counted in precision/recall.
 */
export const REWRITE_KINDS: readonly string[] = ['rewrite', 'translation'];

export interface LabelledText {
  id: string;
  title: string;
  text: string;
}

export interface LabelledPair {
  id: string;
  a: string;
  b: string;
  /** 1: the same story (one text re-published or edited); 0: different stories. */
  label: 0 | 1;
  kind: string;
}

export interface ScoredPair extends LabelledPair {
  score: number;
}

export function loadLabelledPairs(dir = PAIRS_DIR): {
  texts: Map<string, LabelledText>;
  pairs: LabelledPair[];
} {
  const texts = new Map<string, LabelledText>();
  for (const line of readLines(`${dir}/texts.jsonl`)) {
    const text = JSON.parse(line) as LabelledText;
    texts.set(text.id, text);
  }
  const pairs = readLines(`${dir}/pairs.jsonl`).map((line) => JSON.parse(line) as LabelledPair);
  return { texts, pairs };
}

export function scorePairs(texts: Map<string, LabelledText>, pairs: LabelledPair[]): ScoredPair[] {
  const prints = new Map<string, string>();
  const printOf = (id: string): string => {
    const text = texts.get(id);
    if (!text) throw new Error(`labelled pair names unknown text ${id}`);
    const known = prints.get(id);
    if (known) return known;
    const fp = fingerprint(fingerprintText(text.title, text.text));
    prints.set(id, fp);
    return fp;
  };
  return pairs.map((pair) => ({ ...pair, score: similarity(printOf(pair.a), printOf(pair.b)) }));
}

export interface Measurement {
  threshold: number;
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export function measure(scored: ScoredPair[], threshold: number): Measurement {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const pair of scored) {
    const predicted = pair.score >= threshold;
    if (predicted && pair.label === 1) tp++;
    else if (predicted) fp++;
    else if (pair.label === 1) fn++;
  }
  return {
    threshold,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  };
}

/**
 * Splits pairs into a calibration half and a held-out half: within each label, pairs ordered by
 * a hash of their id go alternately to either half, so both halves hold duplicates and distinct
 * pairs and the split never depends on scores.
 */
export function splitPairs<T extends { id: string; label: number }>(
  pairs: T[],
): { calibration: T[]; heldOut: T[] } {
  const calibration: T[] = [];
  const heldOut: T[] = [];
  for (const label of [0, 1]) {
    const ordered = pairs.filter((p) => p.label === label).sort((a, b) => hashId(a.id) - hashId(b.id));
    for (const [i, pair] of ordered.entries()) (i % 2 === 0 ? calibration : heldOut).push(pair);
  }
  return { calibration, heldOut };
}

/**
 * The threshold rule: if the calibration pairs separate, the midpoint of the gap between the
 * highest-scoring distinct pair and the lowest-scoring duplicate (widest margin both ways);
 * otherwise the score that maximises F1. Rounded to 0.05: the scores are estimates, and a
 * threshold finer than their noise would only fit these pairs.
 */
export function chooseThreshold(scored: ScoredPair[]): number {
  const negatives = scored.filter((p) => p.label === 0).map((p) => p.score);
  const positives = scored.filter((p) => p.label === 1).map((p) => p.score);
  const highestNegative = Math.max(0, ...negatives);
  const lowestPositive = Math.min(1, ...positives);
  if (lowestPositive > highestNegative) return roundToStep((highestNegative + lowestPositive) / 2);
  let best = { threshold: 1, f1: -1 };
  for (const candidate of [...new Set(positives)].sort()) {
    const m = measure(scored, candidate);
    const f1 = m.precision + m.recall === 0 ? 0 : (2 * m.precision * m.recall) / (m.precision + m.recall);
    if (f1 > best.f1) best = { threshold: candidate, f1 };
  }
  return best.threshold;
}

function roundToStep(value: number): number {
  return Math.round(value * 20) / 20;
}

function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}
