// A learned second opinion on topics: one logistic regression per topic over hashed word stems,
// title words, stem pairs and number shapes of an item's title and summary, trained on the
// labelled set. The rules stay first; the model only adds a topic the rules did not give when it
// is confident (`threshold`), with origin 'model'. Measured on batches it was not trained on, it
// adds recall at about the rules' precision (docs/taxonomy.md, "A learned second opinion").
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenize } from './tokenize';

/** Hashed feature space: 2^18 buckets; collisions are rare at a few hundred thousand features. */
const DIMS = 1 << 18;
/** Stems are the first letters of a word: cheap, and close enough for inflected languages. */
const STEM = 6;
/** Words for thousands and millions: with a number they say a count is large. */
const NUMBER_WORDS = new Set(
  (
    'thousand thousands million millions hundreds тысяч тысячи миллион миллиона миллионов tys ' +
    'tysięcy milion milionów tūkst tūkstančiai tūkstančių milijonai milijonų mille milliers ' +
    'millions mil millones migliaia milioni tausend millionen'
  ).split(' '),
);

export interface TopicModel {
  version: 1;
  /** Items it was trained on, and which batches were left out. */
  trainedOn: { items: number; without: string[] };
  /** A topic the rules did not give is added from this probability on. */
  threshold: number;
  topics: string[];
  bias: number[];
  /** Per topic (same order as `topics`), its kept weights as bucket, weight, bucket, weight, ... */
  weights: number[][];
}

export interface TrainingExample {
  title: string;
  summary?: string | null;
  language: string;
  topics: readonly string[];
}

export interface TrainOptions {
  /** Passes over the examples (default 30). */
  epochs?: number;
  /** L2 penalty per example (default 1e-4). */
  l2?: number;
  threshold?: number;
  without?: string[];
  /** Weights below this magnitude are dropped from the stored model (default 0.4: a quarter of
   * the model's size for the same figures on held-out batches). */
  prune?: number;
}

/** FNV-1a over the first STEM letters of a word: the word's stem, hashed without a new string. */
function stemHash(word: string): number {
  let h = 0x811c9dc5;
  const n = Math.min(word.length, STEM);
  for (let i = 0; i < n; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Murmur3's finaliser: spreads a combined hash over all bits before it is folded into buckets. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) & (DIMS - 1);
}

/** Seeds of the kinds of feature, so that a stem, the same stem in the title, a pair of stems, a
 * number shape and the language hash to different buckets. */
const WORD = 0x9e3779b9;
const TITLE_WORD = 0x7f4a7c15;
const PAIR = 0x2545f491;
const SHAPE = 0x61c88647;
const LANGUAGE = 0x3c6ef372;
/** Number shapes: a year, four digits or more, fewer, a percentage, a word for thousands. */
const SHAPES = 5;

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

export interface FeatureInput {
  title: string;
  summary?: string | null;
  language: string;
}

/** Marks of the buckets already met in the item being read (a stamp per call, no clearing). */
const seen = new Uint32Array(DIMS);
let stamp = 0;
/** A percentage: the sign, or the word in the sources' languages ("proc." in lt and pl). */
const PERCENT = /%|percent|pourcent|por ciento|prozent|per cento|procent|proc\.|процент|відсот/i;

/** An item's features: its distinct buckets, each with the same value, so the vector has length 1. */
export interface ItemFeatures {
  buckets: number[];
  value: number;
}

/**
 * The item's distinct feature buckets, in the order first met: word stems of title and summary,
 * the title's stems again, pairs of neighbouring stems, the language, and number shapes (a year, a
 * number of four digits or more, a smaller one, a percentage, a word for thousands or millions).
 * `words` passes the lower-cased tokens of title and summary when the caller has them already
 * (tagText does); otherwise the text is tokenised here, the same way.
 */
export function itemFeatures(
  input: FeatureInput,
  words?: { title: string[]; summary: string[] },
): ItemFeatures {
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    seen.fill(0);
    stamp = 1;
  }
  const out: number[] = [];
  const add = (b: number) => {
    if (seen[b] === stamp) return;
    seen[b] = stamp;
    out.push(b);
  };
  add(mix(stemHash(input.language.toLowerCase().slice(0, 2)) ^ LANGUAGE));
  const fields = [
    [input.title, words?.title],
    [input.summary ?? '', words?.summary],
  ] as const;
  fields.forEach(([text, given], f) => {
    if (!text) return;
    const tokens = given ?? tokenize(text).lower;
    let previous = 0;
    let hasPrevious = false;
    let shapes = 0;
    for (const token of tokens) {
      if (isDigits(token)) {
        const year = token.length === 4 && (token.startsWith('19') || token.startsWith('20'));
        shapes |= 1 << (year ? 0 : token.length >= 4 ? 1 : 2);
      } else if (NUMBER_WORDS.has(token)) shapes |= 1 << 4;
      if (token.length <= 2) continue;
      const h = stemHash(token);
      add(mix(h ^ WORD));
      if (f === 0) add(mix(h ^ TITLE_WORD));
      if (hasPrevious) add(mix(Math.imul(previous, 31) ^ h ^ PAIR));
      previous = h;
      hasPrevious = true;
    }
    if (PERCENT.test(text)) shapes |= 1 << 3;
    for (let k = 0; k < SHAPES; k++) if (shapes & (1 << k)) add(mix(SHAPE + f * SHAPES + k));
  });
  return { buckets: out, value: 1 / Math.sqrt(out.length) };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * One logistic regression per topic, by AdaGrad over the examples in their order (deterministic:
 * the same examples give the same model). Topics with fewer than 3 examples get no weights.
 */
export function trainTopicModel(
  examples: readonly TrainingExample[],
  topics: readonly string[],
  options: TrainOptions = {},
): TopicModel {
  const epochs = options.epochs ?? 30;
  const l2 = options.l2 ?? 1e-4;
  const prune = options.prune ?? 0.4;
  const rows = examples.map((e) => itemFeatures(e));
  const model: TopicModel = {
    version: 1,
    trainedOn: { items: examples.length, without: options.without ?? [] },
    threshold: options.threshold ?? 0.3,
    topics: [...topics],
    bias: [],
    weights: [],
  };
  const w = new Float64Array(DIMS);
  const g2 = new Float64Array(DIMS);
  const rate = 0.5;
  topics.forEach((topic, t) => {
    const y = examples.map((e) => (e.topics.includes(topic) ? 1 : 0));
    const positives = y.reduce<number>((a, b) => a + b, 0);
    w.fill(0);
    g2.fill(1);
    let bias = 0;
    let biasG2 = 1;
    if (positives >= 3) {
      for (let epoch = 0; epoch < epochs; epoch++) {
        rows.forEach(({ buckets, value }, i) => {
          let z = bias;
          for (const b of buckets) z += w[b]! * value;
          const err = sigmoid(z) - y[i]!;
          for (const b of buckets) {
            const grad = err * value + l2 * w[b]!;
            g2[b]! += grad * grad;
            w[b]! -= (rate * grad) / Math.sqrt(g2[b]! + 1e-8);
          }
          biasG2 += err * err;
          bias -= (rate * err) / Math.sqrt(biasG2 + 1e-8);
        });
      }
    } else {
      bias = -10;
    }
    model.bias.push(round(bias));
    const kept: number[] = [];
    for (let b = 0; b < DIMS; b++) {
      const weight = w[b]!;
      if (weight !== 0 && Math.abs(weight) >= prune) kept.push(b, round(weight));
    }
    model.weights[t] = kept;
  });
  return model;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** A model ready to score: per bucket, the slice of (topic, weight) pairs it holds. */
export interface LoadedTopicModel {
  model: TopicModel;
  /** Bucket b's pairs are at start[b] .. start[b + 1] - 1 of `topic` and `weight`. */
  start: Int32Array;
  topic: Uint8Array;
  weight: Float32Array;
}

export function loadTopicModel(model: TopicModel): LoadedTopicModel {
  const bad = (why: string) => new Error(`topic model: ${why}`);
  if (model?.version !== 1) throw bad(`version ${model?.version} is not 1`);
  if (!Array.isArray(model.topics) || model.bias?.length !== model.topics.length) {
    throw bad('topics and bias differ in length');
  }
  if (model.topics.length > 255) throw bad(`${model.topics.length} topics, at most 255`);
  if (!Array.isArray(model.weights) || model.weights.length !== model.topics.length) {
    throw bad('weights and topics differ in length');
  }
  const start = new Int32Array(DIMS + 1);
  model.weights.forEach((kept, t) => {
    if (kept.length % 2 !== 0) throw bad(`the weights of ${model.topics[t]} are not pairs`);
    for (let k = 0; k < kept.length; k += 2) {
      const b = kept[k]!;
      if (!Number.isInteger(b) || b < 0 || b >= DIMS) throw bad(`bucket ${b} is out of range`);
      if (!Number.isFinite(kept[k + 1])) throw bad(`weight ${kept[k + 1]} is not a number`);
      start[b + 1]!++;
    }
  });
  for (let b = 0; b < DIMS; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, DIMS);
  const topic = new Uint8Array(start[DIMS]!);
  const weight = new Float32Array(start[DIMS]!);
  model.weights.forEach((kept, t) => {
    for (let k = 0; k < kept.length; k += 2) {
      const at = fill[kept[k]!]!++;
      topic[at] = t;
      weight[at] = kept[k + 1]!;
    }
  });
  return { model, start, topic, weight };
}

/** Each topic's probability for the item, in the model's topic order. */
export function topicProbabilities(
  loaded: LoadedTopicModel,
  input: FeatureInput,
  words?: { title: string[]; summary: string[] },
): number[] {
  const { start, topic, weight } = loaded;
  const z = [...loaded.model.bias];
  const { buckets, value } = itemFeatures(input, words);
  for (const b of buckets) {
    for (let k = start[b]!, end = start[b + 1]!; k < end; k++) z[topic[k]!]! += weight[k]! * value;
  }
  return z.map(sigmoid);
}

const MODEL_PATH = fileURLToPath(new URL('../../data/models/topics.json', import.meta.url));
let shipped: LoadedTopicModel | null | undefined;

/** A model file read and checked; an unreadable or broken file is an error naming it. */
export function readTopicModel(path: string): LoadedTopicModel {
  try {
    return loadTopicModel(JSON.parse(readFileSync(path, 'utf8')) as TopicModel);
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message} (npm run train:topics writes it anew)`);
  }
}

/** The model shipped in data/models/topics.json (null when the file is absent: rules alone). */
export function shippedTopicModel(): LoadedTopicModel | null {
  if (shipped === undefined) shipped = existsSync(MODEL_PATH) ? readTopicModel(MODEL_PATH) : null;
  return shipped;
}

export const TOPIC_MODEL_PATH = MODEL_PATH;
