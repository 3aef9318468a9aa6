// A naive Bayes classifier per language over word stems, trained from curators' approve/reject
// decisions. Plain JSON so it can be stored in the database and loaded by any worker; training is
// additive, so new decisions update a stored model without re-reading old ones.
import { extractFeatures, type RelevanceText } from './features';

export const MODEL_VERSION = 1;
/** Stems kept per language; the rarest go first when a language passes this. */
export const MAX_VOCABULARY = 20_000;
const SMOOTHING = 1;

export type Decision = 'approve' | 'reject';

export interface CuratorDecision extends RelevanceText {
  /** ISO 639-1 code of the item, or `und`. */
  language: string;
  decision: Decision;
}

export interface LanguageModel {
  /** How many items curators approved and rejected. */
  approved: number;
  rejected: number;
  /** Stem occurrences summed over approved and rejected items. */
  approvedStems: number;
  rejectedStems: number;
  /** stem → [approved count, rejected count] */
  stems: Record<string, [number, number]>;
}

export interface RelevanceModel {
  version: typeof MODEL_VERSION;
  languages: Record<string, LanguageModel>;
}

export class RelevanceModelError extends TypeError {
  constructor(why: string) {
    super(`relevance model: ${why}`);
    this.name = 'RelevanceModelError';
  }
}

export function createRelevanceModel(): RelevanceModel {
  return { version: MODEL_VERSION, languages: {} };
}

/** A new model: `model` (or an empty one) plus the given decisions. The input is not changed. */
export function trainRelevanceModel(
  decisions: CuratorDecision[],
  model = createRelevanceModel(),
): RelevanceModel {
  const next = structuredClone(model);
  for (const decision of decisions) addDecision(next, decision);
  for (const language of Object.values(next.languages)) pruneVocabulary(language);
  return next;
}

/** P(approve) for an item by the model of its language, or null when that model cannot judge. */
export function predictApproval(model: RelevanceModel, language: string, item: RelevanceText): number | null {
  const lm = model.languages[language];
  if (!lm || lm.approved === 0 || lm.rejected === 0) return null;
  const vocabulary = Object.keys(lm.stems).length + 1;
  let logOdds = Math.log((lm.approved + SMOOTHING) / (lm.rejected + SMOOTHING));
  for (const stem of extractFeatures(item)) {
    const [a, r] = readStem(lm, stem);
    if (a === 0 && r === 0) continue;
    const pa = (a + SMOOTHING) / (lm.approvedStems + SMOOTHING * vocabulary);
    const pr = (r + SMOOTHING) / (lm.rejectedStems + SMOOTHING * vocabulary);
    logOdds += Math.log(pa / pr);
  }
  return 1 / (1 + Math.exp(-logOdds));
}

/** Checks JSON read back from storage; throws a RelevanceModelError saying what is wrong. */
export function parseRelevanceModel(json: unknown): RelevanceModel {
  const value = typeof json === 'string' ? safeParse(json) : json;
  if (!value || typeof value !== 'object') throw new RelevanceModelError('expected an object');
  const model = value as Partial<RelevanceModel>;
  if (model.version !== MODEL_VERSION)
    throw new RelevanceModelError(`unknown version ${String(model.version)}`);
  if (!model.languages || typeof model.languages !== 'object')
    throw new RelevanceModelError('languages missing');
  for (const [language, lm] of Object.entries(model.languages)) {
    const counts = [lm?.approved, lm?.rejected, lm?.approvedStems, lm?.rejectedStems];
    if (!counts.every((n) => Number.isInteger(n) && (n as number) >= 0) || typeof lm.stems !== 'object') {
      throw new RelevanceModelError(`language ${language} has invalid counts`);
    }
  }
  return model as RelevanceModel;
}

function addDecision(model: RelevanceModel, decision: CuratorDecision): void {
  if (decision.decision !== 'approve' && decision.decision !== 'reject') {
    throw new RelevanceModelError(`decision must be "approve" or "reject", got ${String(decision.decision)}`);
  }
  if (typeof decision.language !== 'string' || !decision.language) {
    throw new RelevanceModelError('decision needs a language');
  }
  const lm = languageModel(model, decision.language);
  const approve = decision.decision === 'approve';
  if (approve) lm.approved++;
  else lm.rejected++;
  for (const stem of extractFeatures(decision)) {
    const counts = readStem(lm, stem);
    counts[approve ? 0 : 1]++;
    lm.stems[stem] = counts;
    if (approve) lm.approvedStems++;
    else lm.rejectedStems++;
  }
}

/** Own keys only: a stem must never resolve to something inherited from Object.prototype. */
function readStem(lm: LanguageModel, stem: string): [number, number] {
  const counts = Object.hasOwn(lm.stems, stem) ? lm.stems[stem] : undefined;
  return counts ? [counts[0], counts[1]] : [0, 0];
}

function languageModel(model: RelevanceModel, language: string): LanguageModel {
  const known = model.languages[language];
  if (known) return known;
  const created: LanguageModel = { approved: 0, rejected: 0, approvedStems: 0, rejectedStems: 0, stems: {} };
  model.languages[language] = created;
  return created;
}

function pruneVocabulary(lm: LanguageModel): void {
  const entries = Object.entries(lm.stems);
  if (entries.length <= MAX_VOCABULARY) return;
  entries.sort((x, y) => y[1][0] + y[1][1] - (x[1][0] + x[1][1]) || (x[0] < y[0] ? -1 : 1));
  for (const [stem, [a, r]] of entries.slice(MAX_VOCABULARY)) {
    delete lm.stems[stem];
    lm.approvedStems -= a;
    lm.rejectedStems -= r;
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RelevanceModelError('not valid JSON');
  }
}
