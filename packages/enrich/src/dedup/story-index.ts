// In-memory story clustering: each new item joins the cluster of its most similar earlier item
// (found through LSH band keys, confirmed by `similarity`), or starts its own. A cluster's
// original is its earliest item from a primary body (the agency that wrote it); re-posts by
// aggregators only become the original when no primary item is in the cluster.
import { bandKeys } from './band-keys';
import { DUPLICATE_THRESHOLD, similarity } from './similarity';

export interface StoryItem {
  id: string;
  fingerprint: string;
  publishedAt: Date | string;
  /** True when the item comes from the body that wrote it (UNHCR on unhcr.org), not a re-post. */
  sourcePrimary: boolean;
}

export interface StoryAssignment {
  clusterId: string;
  originalId: string;
  /** The earlier item this one matched, or null when it started a cluster. */
  matchedId: string | null;
  similarity: number;
}

interface Member {
  id: string;
  fingerprint: string;
  time: number;
  sourcePrimary: boolean;
  clusterId: string;
}

export class StoryIndex {
  private readonly members = new Map<string, Member>();
  private readonly buckets = new Map<string, string[]>();
  private readonly clusters = new Map<string, Member[]>();

  constructor(private readonly threshold = DUPLICATE_THRESHOLD) {}

  get size(): number {
    return this.members.size;
  }

  /** Adds an item and says which cluster it joined; adding a known id again changes nothing. */
  add(item: StoryItem): StoryAssignment {
    const known = this.members.get(item.id);
    if (known) return { ...this.describe(known.clusterId), matchedId: null, similarity: 1 };
    const time = readTime(item);
    const keys = bandKeys(item.fingerprint);
    const match = this.findBest(item.fingerprint, keys);
    const clusterId = match ? (this.members.get(match.id) as Member).clusterId : item.id;
    const member: Member = {
      id: item.id,
      fingerprint: item.fingerprint,
      time,
      sourcePrimary: item.sourcePrimary,
      clusterId,
    };
    this.members.set(item.id, member);
    for (const key of keys) appendTo(this.buckets, key, item.id);
    appendTo(this.clusters, clusterId, member);
    return { ...this.describe(clusterId), matchedId: match?.id ?? null, similarity: match?.similarity ?? 0 };
  }

  /** The most similar indexed item at or above the threshold, without adding anything. */
  findMatch(fingerprint: string): { id: string; similarity: number } | null {
    return this.findBest(fingerprint, bandKeys(fingerprint));
  }

  /** Cluster id and original of an indexed item, or null for an unknown id. */
  clusterOf(id: string): { clusterId: string; originalId: string; memberIds: string[] } | null {
    const member = this.members.get(id);
    if (!member) return null;
    const members = this.clusters.get(member.clusterId) ?? [];
    return { ...this.describe(member.clusterId), memberIds: members.map((m) => m.id) };
  }

  private findBest(fp: string, keys: string[]): { id: string; similarity: number } | null {
    const seen = new Set<string>();
    let best: { id: string; similarity: number } | null = null;
    for (const key of keys) {
      for (const id of this.buckets.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const score = similarity(fp, (this.members.get(id) as Member).fingerprint);
        if (score >= this.threshold && (!best || score > best.similarity)) best = { id, similarity: score };
      }
    }
    return best;
  }

  private describe(clusterId: string): { clusterId: string; originalId: string } {
    const members = this.clusters.get(clusterId) ?? [];
    let original = members[0] as Member;
    for (const m of members) if (isBetterOriginal(m, original)) original = m;
    return { clusterId, originalId: original.id };
  }
}

/** Primary bodies first, then the earliest, then the smallest id so the choice is stable. */
function isBetterOriginal(a: Member, b: Member): boolean {
  if (a.sourcePrimary !== b.sourcePrimary) return a.sourcePrimary;
  if (a.time !== b.time) return a.time < b.time;
  return a.id < b.id;
}

function readTime(item: StoryItem): number {
  const time = new Date(item.publishedAt).getTime();
  if (Number.isNaN(time)) throw new TypeError(`story item ${item.id}: publishedAt is not a date`);
  return time;
}

function appendTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
