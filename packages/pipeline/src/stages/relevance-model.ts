// The curators' relevance model, read from the database and kept for a minute, so a batch of
// enrich jobs does not read it once per item, and a retrained model is picked up soon.
import { type Db, loadDecisions, loadRelevanceModel, saveRelevanceModel } from '@mipas/db';
import { parseRelevanceModel, type RelevanceModel, trainRelevanceModel } from '@mipas/enrich';

const TTL_MS = 60_000;
let cached: { model: RelevanceModel | undefined; at: number } | undefined;

export async function currentRelevanceModel(db: Db): Promise<RelevanceModel | undefined> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.model;
  const raw = await loadRelevanceModel(db);
  let model: RelevanceModel | undefined;
  try {
    model = raw === undefined ? undefined : parseRelevanceModel(raw);
  } catch {
    model = undefined;
  }
  cached = { model, at: Date.now() };
  return model;
}

/** Trains the model on every approve/reject decision so far and stores it. */
export async function retrainRelevanceModel(db: Db): Promise<number> {
  const decisions = await loadDecisions(db);
  const examples = decisions.map((d) => ({
    title: d.title,
    summary: d.summary,
    language: d.language ?? 'und',
    decision: d.status === 'approved' ? ('approve' as const) : ('reject' as const),
  }));
  const model = trainRelevanceModel(examples);
  await saveRelevanceModel(db, model, examples.length);
  cached = undefined;
  return examples.length;
}
