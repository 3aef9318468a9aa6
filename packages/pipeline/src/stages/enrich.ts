// Enrich stage: language, tags, fingerprint, relevance and story for newly stored items. Pure
// enrichment functions do the work; this stage loads the items and writes the results, so it
// runs the same in-process, on workers, and over the archive (`mipas reprocess`).
import {
  findSameContent,
  findStoryCandidates,
  joinStory,
  loadItemsForEnrichment,
  type MachineTag,
  markItemStatus,
  replaceMachineTags,
  saveBandKeys,
  saveEnrichment,
} from '@mipas/db';
import {
  bandKeys,
  DUPLICATE_THRESHOLD,
  type Enrichment,
  enrichItemDetailed,
  similarity,
} from '@mipas/enrich';
import type { StageContext, StageOutcome } from '../types';
import { currentRelevanceModel } from './relevance-model';

/** Stories are looked for among items of the last weeks only. */
const STORY_WINDOW_MS = 30 * 24 * 3600_000;

function machineTags(e: Enrichment): MachineTag[] {
  const asTags = (kind: MachineTag['kind'], list: Enrichment['topics']) =>
    list.map(
      (t) =>
        ({
          kind,
          slug: t.id,
          origin: t.origin === 'source' ? 'source' : 'rule',
          confidence: t.confidence,
        }) as MachineTag,
    );
  return [
    ...asTags('topic', e.topics),
    ...asTags('country', e.countries),
    ...asTags('organisation', e.organisations),
  ];
}

export async function enrichStored(ctx: StageContext, data: Record<string, unknown>): Promise<StageOutcome> {
  const ids = (data.itemIds as number[] | undefined) ?? [];
  if (ids.length === 0) return { next: [], stats: {} };
  const model = await currentRelevanceModel(ctx.db);
  const rows = await loadItemsForEnrichment(ctx.db, ids);
  let enriched = 0;
  for (const { item, source } of rows) {
    try {
      const e = enrichItemDetailed(
        {
          title: item.title,
          summary: item.summary,
          text: item.contentText,
          url: item.url,
          language_hint: item.declaredLanguage,
        },
        {
          source: { languages: source.languages, defaultTags: source.defaultTags, scope: source.scope },
          relevanceModel: model,
        },
      );
      await saveEnrichment(ctx.db, item.id, {
        language: e.language.language,
        languageConfidence: e.language.confidence,
        relevance: e.relevance.score,
        fingerprint: e.fingerprint,
        contentHash: e.contentHash,
        primaryCountry: e.primaryCountry,
      });
      await replaceMachineTags(ctx.db, item.id, machineTags(e));
      await placeInStory(ctx, item.id, item.status, item.publishedAt, e);
      enriched++;
    } catch (err) {
      // One item that cannot be enriched must not cost the others theirs.
      ctx.log.warn('enrichment failed', { item: item.id, error: err });
    }
  }
  return { next: [], stats: { enriched, errors: rows.length - enriched } };
}

async function placeInStory(
  ctx: StageContext,
  itemId: number,
  status: string,
  publishedAt: Date,
  e: Enrichment,
): Promise<void> {
  const sameContent = await findSameContent(ctx.db, itemId, e.contentHash);
  if (sameContent !== undefined && status === 'new') await markItemStatus(ctx.db, itemId, 'duplicate');
  const keys = bandKeys(e.fingerprint);
  const since = new Date(publishedAt.getTime() - STORY_WINDOW_MS);
  const candidates = await findStoryCandidates(ctx.db, itemId, keys, since);
  let best: { candidate: (typeof candidates)[number]; score: number } | undefined;
  for (const candidate of candidates) {
    const score = similarity(e.fingerprint, candidate.fingerprint);
    if (score >= DUPLICATE_THRESHOLD && (!best || score > best.score)) best = { candidate, score };
  }
  if (best) await joinStory(ctx.db, itemId, best.candidate);
  await saveBandKeys(ctx.db, itemId, keys);
}
