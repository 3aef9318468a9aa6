// The store stage when the database refuses the items: the job fails, and the run and the
// source's health say why (a stand-in context; the statement itself is not what is tested).
import { createLogger } from '@mipas/core';
import type { SourceRow } from '@mipas/db';
import { describe, expect, it } from 'vitest';
import { storeItems } from '../src/stages/store';
import type { StageContext } from '../src/types';

describe('store stage', () => {
  it('records a refused insert on the fetch run and the source, then fails the job', async () => {
    const source = { id: 'feed', consecutiveFailures: 2, pollMinutes: 60 } as SourceRow;
    const runUpdates: Array<Record<string, unknown>> = [];
    const sourceUpdates: Array<Record<string, unknown>> = [];
    const refusal = new Error('Failed query: insert into "items" (...) values (...)\nparams: ...', {
      cause: new Error('index row size 9016 exceeds btree version 4 maximum 2704 for index "x"'),
    });
    const ctx = {
      log: createLogger('error'),
      inlineBodies: true,
      config: { articlePagesPerRun: 0 },
      batched: {
        getSource: async () => source,
        insertItems: async () => {
          throw refusal;
        },
        updateFetchRun: async (_id: number, patch: Record<string, unknown>) => {
          runUpdates.push(patch);
        },
        updateSource: async (_id: string, patch: Record<string, unknown>) => {
          sourceUpdates.push(patch);
        },
      },
    } as unknown as StageContext;
    const now = new Date().toISOString();
    const job = {
      fetchRunId: 7,
      sourceId: 'feed',
      startedAt: now,
      fetchedAt: now,
      items: [
        {
          key: 'k',
          canonicalUrl: null,
          guid: null,
          url: null,
          title: 'T',
          summary: null,
          contentHtml: null,
          contentText: null,
          publishedAt: now,
          dateFlag: 'ok',
          author: null,
          categories: [],
          declaredLanguage: null,
        },
      ],
    };
    await expect(storeItems(ctx, job)).rejects.toBe(refusal);
    const message =
      'could not store the items: index row size 9016 exceeds btree version 4 maximum 2704 for index "x"';
    expect(runUpdates).toEqual([
      expect.objectContaining({ status: 'error', errorCode: 'STORE', error: message }),
    ]);
    expect(sourceUpdates).toEqual([expect.objectContaining({ consecutiveFailures: 3, lastError: message })]);
  });
});
