// Trains the topic model on the labelled set and writes data/models/topics.json, the model
// tagText uses beside the rules. Run after the labelled set or the taxonomy changes:
//   npm run train:topics
// The test "the shipped topic model is the one the labelled set trains" fails until it is run.
import { writeFileSync } from 'node:fs';
import { TOPIC_MODEL_PATH } from '../src/tagging';
import { loadLabelled, trainLabelledTopicModel } from '../src/tagging/evaluate';

const started = performance.now();
const items = loadLabelled();
process.stderr.write(`train:topics: ${items.length} labelled items ...\n`);
const model = trainLabelledTopicModel(items);
writeFileSync(TOPIC_MODEL_PATH, `${JSON.stringify(model)}\n`);
const weights = model.weights.reduce((n, kept) => n + kept.length / 2, 0);
process.stderr.write(
  `train:topics: ${model.topics.length} topics, ${weights} weights, threshold ${model.threshold}; ` +
    `wrote ${TOPIC_MODEL_PATH} in ${Math.round(performance.now() - started)} ms\n`,
);
