// The relevance score: does an item belong in a migration digest? Taxonomy evidence (how much
// the text speaks of migration, asylum, integration, return) is the prior; once curators have
// approved and rejected enough items in a language, their model takes over gradually.
import type { RelevanceText } from './features';
import { predictApproval, type RelevanceModel } from './model';

/**
 * With this many decisions in the rarer class (approvals or rejections) the model and the prior
 * weigh the same. A model that has seen only one class cannot tell them apart, so the weight
 * counts the rarer class.
 */
export const HALF_WEIGHT_DECISIONS = 20;

export interface RelevanceInput extends RelevanceText {
  language: string;
  /** 0..1 taxonomy evidence that the item is about migration (tagging's `migrationEvidence`). */
  prior: number;
}

export interface RelevanceScore {
  /** 0..1 */
  score: number;
  prior: number;
  /** The model's P(approve), or null when no model for the language can judge yet. */
  model: number | null;
  /** Share of the score that came from the model. */
  modelWeight: number;
}

export function scoreRelevance(input: RelevanceInput, model?: RelevanceModel): RelevanceScore {
  const prior = clamp(input.prior);
  const predicted = model ? predictApproval(model, input.language, input) : null;
  if (predicted === null || !model) return { score: prior, prior, model: null, modelWeight: 0 };
  const weight = modelWeight(model, input.language);
  return {
    score: clamp((1 - weight) * prior + weight * predicted),
    prior,
    model: predicted,
    modelWeight: weight,
  };
}

export function modelWeight(model: RelevanceModel, language: string): number {
  const lm = model.languages[language];
  if (!lm) return 0;
  const evidence = Math.min(lm.approved, lm.rejected);
  return evidence / (evidence + HALF_WEIGHT_DECISIONS);
}

function clamp(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}
