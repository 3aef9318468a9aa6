// Enrich stage: language, tags, fingerprint, relevance and story for newly stored items. Pure
// enrichment functions do the work; this stage loads the items and writes the results, so it
// runs the same in-process, on workers, and over the archive (`mipas reprocess`).
import {
  applyEnabledRules,
  autoApproveTrusted,
  findSameContent,
  findStoryCandidates,
  joinStories,
  loadItemsForEnrichment,
  type MachineTag,
  markNewItemsStatus,
  replaceMachineTags,
  type StoryCandidate,
  saveBandKeys,
  saveEnrichments,
} from '@mipas/db';
import {
  DUPLICATE_THRESHOLD,
  type Enrichment,
  enrichItemDetailed,
  type ParsedFingerprint,
  parsedBandKeys,
  parsedSimilarity,
  parseFingerprint,
  TAGGING_LANGUAGES,
  tagText,
} from '@mipas/enrich';
import type { StageContext, StageOutcome } from '../types';
import { currentRelevanceModel } from './relevance-model';

/** Stories are looked for among items of the last weeks only. */
const STORY_WINDOW_MS = 30 * 24 * 3600_000;
/** Candidates compared per item, as many as a story plausibly has. */
const MAX_CANDIDATES = 50;

function machineTags(e: Enrichment): MachineTag[] {
  const asTags = (kind: MachineTag['kind'], list: Enrichment['topics']) =>
    list.map(
      (t) =>
        ({
          kind,
          slug: t.id,
          origin: t.origin === 'source' || t.origin === 'model' ? t.origin : 'rule',
          confidence: t.confidence,
        }) as MachineTag,
    );
  return [
    ...asTags('topic', e.topics),
    ...asTags('country', e.countries),
    ...asTags('organisation', e.organisations),
  ];
}

/**
 * Loads the language model and compiles the tag matchers of every language (a few seconds of
 * CPU, once per process), so the first enrich job does not pay for them while the fetches of its
 * cycle wait behind it. Idempotent: later calls find everything loaded.
 */
export function prepareEnrichment(): void {
  enrichItemDetailed({
    title: 'Asylum applications rose at the border this year',
    summary: null,
    text: null,
  });
  for (const language of [...TAGGING_LANGUAGES, 'und']) tagText({ title: 'asylum', language });
}

/** What enrichment reads of an item and its source. */
export interface EnrichInput {
  item: {
    id: number;
    title: string;
    summary: string | null;
    contentText: string | null;
    url: string | null;
    declaredLanguage: string | null;
    status: string;
    publishedAt: Date;
  };
  source: { languages: string[]; defaultTags: string[]; scope: string[] };
}

interface Enriched {
  itemId: number;
  status: string;
  publishedAt: Date;
  e: Enrichment;
  /** The fingerprint parsed once, for its band keys and every comparison. */
  parsed: ParsedFingerprint;
  keys: string[];
}

/**
 * Enriches a batch of items with a fixed number of statements, whatever its size: one read,
 * one update of the items, one delete and one insert of their machine tags, one look-up each
 * for exact copies and story candidates, three for the stories joined, one insert of band keys.
 */
export async function enrichStored(ctx: StageContext, data: Record<string, unknown>): Promise<StageOutcome> {
  const ids = (data.itemIds as number[] | undefined) ?? [];
  if (ids.length === 0) return { next: [], stats: {} };
  const model = await currentRelevanceModel(ctx.db);
  // In-process, the store stage hands over the rows it just wrote; otherwise they are read.
  const inline = data.items as EnrichInput[] | undefined;
  const rows: EnrichInput[] =
    inline?.length === ids.length
      ? [...inline].sort((a, b) => a.item.id - b.item.id)
      : await loadItemsForEnrichment(ctx.db, ids);
  const done: Enriched[] = [];
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
      const parsed = parseFingerprint(e.fingerprint);
      done.push({
        itemId: item.id,
        status: item.status,
        publishedAt: item.publishedAt,
        e,
        parsed,
        keys: parsedBandKeys(parsed),
      });
    } catch (err) {
      // One item that cannot be enriched must not cost the others theirs.
      ctx.log.warn('enrichment failed', { item: item.id, error: err });
    }
  }
  if (done.length === 0) return { next: [], stats: { enriched: 0, errors: rows.length } };
  await saveEnrichments(
    ctx.db,
    done.map(({ itemId, e }) => ({
      itemId,
      language: e.language.language,
      languageConfidence: e.language.confidence,
      relevance: e.relevance.score,
      fingerprint: e.fingerprint,
      contentHash: e.contentHash,
      primaryCountry: e.primaryCountry,
    })),
  );
  await replaceMachineTags(
    ctx.db,
    done.map(({ itemId, e }) => ({ itemId, tags: machineTags(e) })),
  );
  await placeInStories(ctx, done);
  await applyCuration(
    ctx,
    done.map((d) => d.itemId),
  );
  return { next: [], stats: { enriched: done.length, errors: rows.length - done.length } };
}

/**
 * Curators' enabled rules, then auto-approval of trusted sources (when a threshold is set), act
 * on the items just enriched, in whatever process enriched them. The server's periodic sweep
 * stays as a safety net for items this misses (a rule saved later, a failure here).
 */
async function applyCuration(ctx: StageContext, itemIds: number[]): Promise<void> {
  try {
    await applyEnabledRules(ctx.db, itemIds);
    const threshold = ctx.config.autoApproveThreshold;
    if (threshold !== undefined) await autoApproveTrusted(ctx.db, threshold, itemIds);
  } catch (err) {
    // The items are enriched; the sweep applies the rules later.
    ctx.log.warn('curation rules failed on enriched items', { items: itemIds.length, error: err });
  }
}

/**
 * Marks exact copies, then puts each item (in id order) in the story of its most similar
 * recent item: stored ones are found by band key in one query, the batch's earlier items are
 * looked up in memory, and the stories are written together at the end.
 */
async function placeInStories(ctx: StageContext, done: Enriched[]): Promise<void> {
  const copies = await findSameContent(
    ctx.db,
    done.map(({ itemId, e }) => ({ itemId, contentHash: e.contentHash })),
  );
  await markNewItemsStatus(
    ctx.db,
    done.filter((d) => d.status === 'new' && copies.has(d.itemId)).map((d) => d.itemId),
    'duplicate',
  );
  const stored = await findStoryCandidates(
    ctx.db,
    done.flatMap((d) => d.keys),
  );
  const batch = new Map<string, number[]>();
  const parsed = new Map<number, ParsedFingerprint>();
  const parsedOf = (c: StoryCandidate) => {
    let p = parsed.get(c.id);
    if (!p) {
      p = parseFingerprint(c.fingerprint);
      parsed.set(c.id, p);
    }
    return p;
  };
  const joins: Array<{ itemId: number; clusterId: number }> = [];
  /** New stories, by the negative number standing for each until it is created. */
  const founders = new Map<number, number[]>();
  for (const d of done) {
    const since = d.publishedAt.getTime() - STORY_WINDOW_MS;
    const seen = new Set<number>([d.itemId]);
    const candidates: StoryCandidate[] = [];
    for (const key of d.keys) {
      for (const id of [...(stored.byKey.get(key) ?? []), ...(batch.get(key) ?? [])]) {
        if (seen.has(id) || candidates.length >= MAX_CANDIDATES) continue;
        seen.add(id);
        const candidate = stored.items.get(id);
        if (candidate && candidate.publishedAt.getTime() >= since) candidates.push(candidate);
      }
    }
    let best: { candidate: StoryCandidate; score: number } | undefined;
    for (const candidate of candidates) {
      const score = parsedSimilarity(d.parsed, parsedOf(candidate));
      if (score >= DUPLICATE_THRESHOLD && (!best || score > best.score)) best = { candidate, score };
    }
    let clusterId: number | null = stored.items.get(d.itemId)?.clusterId ?? null;
    if (best) {
      const match = best.candidate;
      if (match.clusterId === null) {
        // A new story, founded by the match and this item; created with the others below.
        match.clusterId = -(founders.size + 1);
        founders.set(match.clusterId, [match.id, d.itemId]);
      } else joins.push({ itemId: d.itemId, clusterId: match.clusterId });
      clusterId = match.clusterId;
    }
    // Later items of the batch see this one as a stored candidate.
    parsed.set(d.itemId, d.parsed);
    stored.items.set(d.itemId, {
      id: d.itemId,
      fingerprint: d.e.fingerprint,
      clusterId,
      publishedAt: d.publishedAt,
    });
    for (const key of d.keys) {
      const list = batch.get(key);
      if (list) list.push(d.itemId);
      else batch.set(key, [d.itemId]);
    }
  }
  await joinStories(ctx.db, joins, founders);
  await saveBandKeys(
    ctx.db,
    done.map((d) => ({ itemId: d.itemId, keys: d.keys })),
  );
}
