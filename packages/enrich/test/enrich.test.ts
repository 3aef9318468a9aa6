import { describe, expect, it } from 'vitest';
import {
  EnrichInputError,
  enrichItem,
  enrichItemDetailed,
  fingerprint,
  similarity,
  trainRelevanceModel,
} from '../src';

const item = {
  title: 'Lithuania pushes back 180 migrants to Belarus after adopting new policy',
  summary:
    'Around 180 irregular migrants have been pushed back from the Lithuanian border since Tuesday midnight, ' +
    'according to the chief of the Border Guard Service. UNHCR said asylum-seekers must have access to asylum.',
  url: 'https://www.lrt.lt/en/news-in-english/19/1462043/lithuania-pushes-back-180-migrants',
};

describe('enrichItem', () => {
  it('returns language, tags, countries with the primary first, fingerprint and relevance', () => {
    const out = enrichItem(item);
    expect(out.language).toBe('en');
    expect(out.language_confidence).toBeGreaterThan(0.5);
    expect(out.primary_country).toBe('LTU');
    expect(out.countries[0]).toBe('LTU');
    expect(out.countries).toContain('BLR');
    expect(out.organisations).toContain('unhcr');
    expect(out.topics.length).toBeGreaterThan(0);
    expect(out.fingerprint).toBe(fingerprint(`${item.title}\n${item.summary}`));
    expect(out.relevance).toBeGreaterThan(0.5);
  });

  it('scores a statistics release with no migration content low', () => {
    const out = enrichItem({
      title: 'Euro area GDP up 0.3% in the second quarter',
      summary: 'Eurostat flash estimate.',
    });
    expect(out.relevance).toBeLessThan(0.2);
  });

  it('adds the source’s default tags with origin "source" and keeps rule tags', () => {
    const detailed = enrichItemDetailed(item, {
      source: { defaultTags: ['asylum-procedures', 'returns'], scope: ['LTU'] },
    });
    expect(detailed.topics.find((t) => t.id === 'returns')).toMatchObject({ origin: 'source' });
    expect(detailed.topics.filter((t) => t.id === 'asylum-procedures')).toHaveLength(1);
    expect(detailed.countries.filter((t) => t.id === 'LTU')).toHaveLength(1);
    expect(detailed.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the source’s single country when the text names none', () => {
    const out = enrichItem(
      { title: 'Naujos prieglobsčio taisyklės įsigalioja', language_hint: 'lt' },
      { source: { scope: ['LTU'] } },
    );
    expect(out.countries).toEqual(['LTU']);
    expect(out.primary_country).toBe('LTU');
  });

  it('gives a re-post of the same text a near-duplicate fingerprint', () => {
    const repost = enrichItem({ ...item, title: `ReliefWeb: ${item.title}` });
    expect(similarity(repost.fingerprint, enrichItem(item).fingerprint)).toBeGreaterThan(0.6);
  });

  it('follows a relevance model once curators have decided enough', () => {
    const decisions = Array.from({ length: 40 }, (_, i) => [
      {
        title: `Border guards turned back migrants at the border, day ${i}`,
        language: 'en',
        decision: 'reject' as const,
      },
      {
        title: `New asylum law adopted by parliament, reading ${i}`,
        language: 'en',
        decision: 'approve' as const,
      },
    ]).flat();
    const model = trainRelevanceModel(decisions);
    const input = { title: 'Border guards turned back 40 migrants at the border' };
    expect(enrichItem(input, { relevanceModel: model }).relevance).toBeLessThan(enrichItem(input).relevance);
  });

  it('rejects input without a usable title or with wrong types', () => {
    expect(() => enrichItem({ title: '  ' })).toThrow(EnrichInputError);
    expect(() => enrichItem({} as never)).toThrow(/"title" is missing/);
    expect(() => enrichItem({ title: null } as never)).toThrow(/"title" must be a string/);
    expect(() => enrichItem({ title: 'x', summary: 5 } as never)).toThrow(/"summary" must be a string/);
    expect(() => enrichItem(null as never)).toThrow(/must be an object/);
  });
});
