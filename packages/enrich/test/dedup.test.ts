import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  contentHash,
  DUPLICATE_THRESHOLD,
  fingerprint,
  normaliseText,
  parseFingerprint,
  StoryIndex,
  similarity,
} from '../src/dedup';
import { loadLabelledPairs } from '../src/dedup/labelled-pairs';
import { compareSignatures, SIGNATURE_SIZE, signShingles } from '../src/dedup/minhash';

const RELEASE =
  'The International Organization for Migration (IOM) said on Tuesday that some 13 migrants drowned off ' +
  'Libyan coast in a shipwreck. Some 13 migrants, including three women and one child, drowned today when ' +
  'their boat capsized off the Libyan coast, IOM Libya tweeted. IOM staff are assisting 11 survivors ' +
  'returned to shore by the coast guard, the IOM said. According to the IOM, hundreds of migrants have died ' +
  'or gone missing on the Central Mediterranean route so far in 2020.';
const REPOST = `TRIPOLI, Nov. 11, 2020 (BSS/Xinhua) – ${RELEASE}`;
const OTHER =
  'Lithuanian border guards turned back 18 irregular migrants at the border with Belarus over the past day, ' +
  'the State Border Guard Service said. Latvian officers did not let 36 people in on Thursday, and Polish ' +
  'officers said they had turned back 10 foreigners on Wednesday. Since the start of the crisis caused by ' +
  'Belarus more than 24,400 irregular migrants have been denied entry.';

describe('contentHash', () => {
  it('is equal for texts that differ only in case, accents, punctuation and spacing', () => {
    expect(contentHash('Migrantai  pasienyje: VSAT!')).toBe(contentHash('migrantai pasienyje vsat'));
    expect(normaliseText('Ąžuolas, ČIA.')).toBe('azuolas cia');
  });

  it('differs when a word or number differs', () => {
    expect(contentHash('18 migrants turned back')).not.toBe(contentHash('19 migrants turned back'));
  });
});

describe('fingerprint', () => {
  it('is deterministic lower-case hex that parses back', () => {
    const fp = fingerprint(RELEASE);
    expect(fp).toMatch(/^[0-9a-f]+$/);
    expect(fingerprint(RELEASE)).toBe(fp);
    expect(parseFingerprint(fp).size).toBeGreaterThan(40);
  });

  it('rejects strings it cannot have made', () => {
    expect(() => parseFingerprint('abc')).toThrow(/not a fingerprint/);
    expect(() => parseFingerprint(fingerprint(RELEASE).toUpperCase())).toThrow(/not a fingerprint/);
  });
});

describe('similarity', () => {
  it('scores a re-post with a dateline above the threshold and another story near zero', () => {
    expect(similarity(fingerprint(RELEASE), fingerprint(REPOST))).toBeGreaterThan(DUPLICATE_THRESHOLD);
    expect(similarity(fingerprint(RELEASE), fingerprint(OTHER))).toBeLessThan(0.1);
  });

  it('counts an excerpt contained in a longer text as a duplicate', () => {
    const excerpt = RELEASE.slice(0, 230);
    expect(similarity(fingerprint(excerpt), fingerprint(`${RELEASE} ${OTHER}`))).toBeGreaterThan(
      DUPLICATE_THRESHOLD,
    );
  });

  it('never calls short texts near duplicates (successive disaster names share most words)', () => {
    expect(similarity(fingerprint('Chad: Floods - Aug 2024'), fingerprint('Chad: Floods - Aug 2024'))).toBe(
      0,
    );
  });

  it('is symmetric', () => {
    const a = fingerprint(RELEASE);
    const b = fingerprint(`${RELEASE.slice(0, 200)} ${OTHER}`);
    expect(similarity(a, b)).toBe(similarity(b, a));
  });
});

describe('bandKeys', () => {
  it('shares keys between near duplicates and not with other stories', () => {
    const keys = new Set(bandKeys(fingerprint(RELEASE)));
    expect(bandKeys(fingerprint(REPOST)).filter((k) => keys.has(k)).length).toBeGreaterThan(5);
    expect(bandKeys(fingerprint(OTHER)).filter((k) => keys.has(k))).toEqual([]);
  });

  it('gives no keys to texts too short to match', () => {
    expect(bandKeys(fingerprint('Chad: Floods - Aug 2024'))).toEqual([]);
  });
});

describe('StoryIndex', () => {
  it('clusters a re-post with its original and names the primary body original', () => {
    const index = new StoryIndex();
    const repost = index.add({
      id: 'reliefweb-1',
      fingerprint: fingerprint(REPOST),
      publishedAt: '2020-11-11T08:00:00Z',
      sourcePrimary: false,
    });
    expect(repost).toMatchObject({ clusterId: 'reliefweb-1', originalId: 'reliefweb-1', matchedId: null });
    const original = index.add({
      id: 'iom-1',
      fingerprint: fingerprint(RELEASE),
      publishedAt: '2020-11-11T09:00:00Z',
      sourcePrimary: true,
    });
    expect(original).toMatchObject({
      clusterId: 'reliefweb-1',
      originalId: 'iom-1',
      matchedId: 'reliefweb-1',
    });
    const other = index.add({
      id: 'vsat-1',
      fingerprint: fingerprint(OTHER),
      publishedAt: '2020-11-11T10:00:00Z',
      sourcePrimary: true,
    });
    expect(other).toMatchObject({ clusterId: 'vsat-1', originalId: 'vsat-1', matchedId: null });
    expect(index.clusterOf('reliefweb-1')?.memberIds).toEqual(['reliefweb-1', 'iom-1']);
  });

  it('puts a feed excerpt in the cluster of the long article it was cut from', () => {
    const { texts } = loadLabelledPairs();
    const article = texts.get('rw-upd-4') as { title: string; text: string };
    expect(article.text.length).toBeGreaterThan(3000);
    const index = new StoryIndex();
    index.add({
      id: 'full',
      fingerprint: fingerprint(`${article.title}\n${article.text}`),
      publishedAt: '2020-09-16',
      sourcePrimary: true,
    });
    const excerpt = `${article.title}\n${article.text.slice(0, 400)}`;
    expect(
      index.add({
        id: 'excerpt',
        fingerprint: fingerprint(excerpt),
        publishedAt: '2020-09-16',
        sourcePrimary: false,
      }),
    ).toMatchObject({
      clusterId: 'full',
      originalId: 'full',
    });
  });

  it('prefers the earliest item when no primary body is in the cluster', () => {
    const index = new StoryIndex();
    index.add({
      id: 'late',
      fingerprint: fingerprint(REPOST),
      publishedAt: '2020-11-12',
      sourcePrimary: false,
    });
    const early = index.add({
      id: 'early',
      fingerprint: fingerprint(RELEASE),
      publishedAt: '2020-11-10',
      sourcePrimary: false,
    });
    expect(early.originalId).toBe('early');
  });

  it('treats adding a known id again as a no-op', () => {
    const index = new StoryIndex();
    const item = {
      id: 'a',
      fingerprint: fingerprint(RELEASE),
      publishedAt: new Date('2020-11-11'),
      sourcePrimary: true,
    };
    index.add(item);
    expect(index.add(item).clusterId).toBe('a');
    expect(index.size).toBe(1);
  });

  it('rejects an item whose date cannot be read', () => {
    const index = new StoryIndex();
    expect(() =>
      index.add({ id: 'x', fingerprint: fingerprint(RELEASE), publishedAt: 'soon', sourcePrimary: true }),
    ).toThrow(/publishedAt is not a date/);
  });
});

describe('MinHash estimate', () => {
  it('stays within three standard errors of the true Jaccard similarity, even for sequential values', () => {
    for (const [offset, trueJaccard] of [
      [500, 500 / 1500],
      [200, 800 / 1200],
      [900, 100 / 1900],
    ] as const) {
      const a = new Set(Array.from({ length: 1000 }, (_, i) => i + 1));
      const b = new Set(Array.from({ length: 1000 }, (_, i) => i + 1 + offset));
      const estimate = compareSignatures(signShingles(a), signShingles(b));
      const standardError = Math.sqrt((trueJaccard * (1 - trueJaccard)) / SIGNATURE_SIZE);
      expect(Math.abs(estimate - trueJaccard)).toBeLessThan(3 * standardError);
    }
  });
});
