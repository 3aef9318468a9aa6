import { describe, expect, it } from 'vitest';
import {
  type CuratorDecision,
  createRelevanceModel,
  modelWeight,
  parseRelevanceModel,
  predictApproval,
  RelevanceModelError,
  scoreRelevance,
  trainRelevanceModel,
} from '../src/relevance';

// Eurostat publishes every statistic; curators keep the asylum ones and reject the rest.
const asylum = [
  'First-time asylum applicants in the EU up 6% in the second quarter',
  'Asylum decisions: recognition rate for Syrians stays high',
  'Asylum applicants by citizenship: Afghans and Syrians most numerous',
  'Unaccompanied minors applying for asylum in the EU',
  'Asylum seekers granted protection in Lithuania and Latvia',
];
const other = [
  'Euro area GDP up 0.3% in the second quarter',
  'Euro area unemployment at 6.4% in August',
  'Industrial production down 1.1% in the euro area',
  'Inflation in the euro area estimated at 2.2%',
  'Retail trade volume up 0.5% in the euro area',
];

function decisions(times: number): CuratorDecision[] {
  const out: CuratorDecision[] = [];
  for (let i = 0; i < times; i++) {
    for (const title of asylum) out.push({ title, language: 'en', decision: 'approve' });
    for (const title of other) out.push({ title, language: 'en', decision: 'reject' });
  }
  return out;
}

const unseenStatistic = { title: 'Euro area GDP and employment up in the third quarter', language: 'en' };
const unseenAsylum = { title: 'Asylum applicants from Syria in the third quarter', language: 'en' };

describe('relevance model', () => {
  it('moves the score toward curators’ decisions as they accumulate', () => {
    // The taxonomy says both are somewhat about migration (a neutral prior of 0.5).
    const before = scoreRelevance({ ...unseenStatistic, prior: 0.5 });
    expect(before.score).toBe(0.5);
    const few = trainRelevanceModel(decisions(1));
    const many = trainRelevanceModel(decisions(8));
    const fewScore = scoreRelevance({ ...unseenStatistic, prior: 0.5 }, few).score;
    const manyScore = scoreRelevance({ ...unseenStatistic, prior: 0.5 }, many).score;
    expect(fewScore).toBeLessThan(0.5);
    expect(manyScore).toBeLessThan(fewScore);
    expect(scoreRelevance({ ...unseenAsylum, prior: 0.5 }, many).score).toBeGreaterThan(0.6);
  });

  it('keeps the prior for a language without decisions, and while only one class was seen', () => {
    const model = trainRelevanceModel(decisions(3));
    expect(scoreRelevance({ title: 'Migrantai pasienyje', language: 'lt', prior: 0.8 }, model).score).toBe(
      0.8,
    );
    const onlyApprovals = trainRelevanceModel(
      asylum.map((title) => ({ title, language: 'en', decision: 'approve' })),
    );
    expect(predictApproval(onlyApprovals, 'en', unseenAsylum)).toBeNull();
    expect(modelWeight(onlyApprovals, 'en')).toBe(0);
  });

  it('trains additively: a stored model plus new decisions equals training on all of them', () => {
    const all = trainRelevanceModel(decisions(2));
    const stepwise = trainRelevanceModel(decisions(1), trainRelevanceModel(decisions(1)));
    expect(stepwise).toEqual(all);
  });

  it('survives a JSON round trip and rejects broken JSON with a clear error', () => {
    const model = trainRelevanceModel(decisions(1));
    const copy = parseRelevanceModel(JSON.stringify(model));
    expect(predictApproval(copy, 'en', unseenAsylum)).toBe(predictApproval(model, 'en', unseenAsylum));
    expect(() => parseRelevanceModel('{')).toThrow(RelevanceModelError);
    expect(() => parseRelevanceModel({ version: 99, languages: {} })).toThrow(/unknown version/);
    expect(() => parseRelevanceModel({ version: 1, languages: { en: { approved: -1 } } })).toThrow(
      /invalid counts/,
    );
  });

  it('rejects a decision that is neither approve nor reject', () => {
    const bad = { title: 'x', language: 'en', decision: 'maybe' } as unknown as CuratorDecision;
    expect(() => trainRelevanceModel([bad])).toThrow(/approve" or "reject/);
    expect(createRelevanceModel().languages).toEqual({});
  });

  it('does not mistake a word for an inherited object property', () => {
    const model = trainRelevanceModel(decisions(1));
    expect(
      predictApproval(model, 'en', { title: 'constructor toString valueOf hasOwnProperty' }),
    ).not.toBeNaN();
  });
});
