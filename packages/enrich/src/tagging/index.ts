// Tagging stage: topics, countries and organisations found in an item's text by precompiled rules.

export { listCountries, listOrganisations, listTopics, TAXONOMY_VERSION } from './catalogue';
/** The languages with their own term files; any other language is matched with all of them ('und'). */
export { SUPPORTED_LANGUAGES as TAGGING_LANGUAGES } from './compile';
export { explainMatches, type MatchExplanation } from './explain';
export {
  type ItemFeatures,
  itemFeatures,
  type LoadedTopicModel,
  loadTopicModel,
  readTopicModel,
  shippedTopicModel,
  TOPIC_MODEL_PATH,
  type TopicModel,
  type TrainingExample,
  topicProbabilities,
  trainTopicModel,
} from './learned';
export { migrationEvidence, type TagOptions, tagText } from './tag-text';
export type { Tag, TagInput, TagOrigin, TagResult } from './types';
