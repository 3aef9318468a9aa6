// Relevance stage: a 0..1 score for "belongs in a migration digest", from taxonomy evidence and a
// per-language model of curators' decisions.
export { extractFeatures, type RelevanceText } from './features';
export {
  type CuratorDecision,
  createRelevanceModel,
  type Decision,
  type LanguageModel,
  parseRelevanceModel,
  predictApproval,
  type RelevanceModel,
  RelevanceModelError,
  trainRelevanceModel,
} from './model';
export {
  HALF_WEIGHT_DECISIONS,
  modelWeight,
  type RelevanceInput,
  type RelevanceScore,
  scoreRelevance,
} from './score';
