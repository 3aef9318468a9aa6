// Wires configuration, database and transport together. Every command and worker process opens
// one runtime; with no DATABASE_URL/REDIS_URL it is the embedded, single-process setup.
import type { Config, Logger } from '@mipas/core';
import { createLogger } from '@mipas/core';
import { type Database, openDatabase } from '@mipas/db';
import { batchedDb } from './batched-db';
import { fetchArticles } from './stages/article';
import { enrichStored, prepareEnrichment } from './stages/enrich';
import { fetchSource } from './stages/fetch';
import { parseFetched } from './stages/parse';
import { storeItems } from './stages/store';
import { GATHER_ITEM_IDS, InProcessTransport, MERGE_ITEM_IDS } from './transport/in-process';
import type { StageContext, StageHandlers, StageName, Transport } from './types';

export interface Runtime {
  config: Config;
  database: Database;
  transport: Transport;
  log: Logger;
  handlers: StageHandlers;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /** Redis key prefix (tests isolate themselves with a unique one). */
  queuePrefix?: string;
  log?: Logger;
}

/**
 * Jobs each stage runs at once per process. Store jobs mostly wait for the database, and their
 * statements are coalesced across the jobs in flight (`batched-db.ts`), so many at once make
 * few, larger statements; enrich jobs are CPU work with batch writes, so two suffice.
 */
export function stageConcurrency(config: Config): Record<StageName, number> {
  // Article jobs wait on the network like fetch jobs (one source's pages each, one at a time per host).
  return { fetch: config.fetchConcurrency, parse: 8, store: 32, article: config.fetchConcurrency, enrich: 2 };
}

export interface StageSetup {
  db: StageContext['db'];
  config: Config;
  log: Logger;
  /** Whether jobs stay in this process (default false: they may go through Redis). */
  inlineBodies?: boolean;
}

export function createStageHandlers(setup: StageSetup): StageHandlers {
  const ctx: StageContext = {
    ...setup,
    batched: batchedDb(setup.db),
    inlineBodies: setup.inlineBodies ?? false,
  };
  return {
    fetch: (data) => fetchSource(ctx, data),
    parse: (data) => parseFetched(ctx, data),
    store: (data) => storeItems(ctx, data),
    article: (data) => fetchArticles(ctx, data),
    enrich: (data) => enrichStored(ctx, data),
    prepare: async (stages) => {
      if (stages.includes('enrich')) prepareEnrichment();
    },
  };
}

export async function openRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  const log = options.log ?? createLogger(config.logLevel);
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (options.migrate ?? true) await database.migrate();
  } catch (err) {
    await database.close();
    throw err;
  }
  const concurrency = stageConcurrency(config);
  let transport: Transport;
  if (config.redisUrl) {
    // BullMQ and ioredis load only when queues are configured.
    const { BullmqTransport } = await import('./transport/bullmq');
    transport = new BullmqTransport({
      redisUrl: config.redisUrl,
      prefix: options.queuePrefix ?? config.queuePrefix,
      concurrency,
      log,
    });
  } else {
    transport = new InProcessTransport(concurrency, log, {
      enrich: database.kind === 'pglite' ? GATHER_ITEM_IDS : MERGE_ITEM_IDS,
    });
  }
  const handlers = createStageHandlers({
    db: database.db,
    config,
    log,
    inlineBodies: transport.kind === 'in-process',
  });
  return {
    config,
    database,
    transport,
    log,
    handlers,
    close: async () => {
      await transport.close();
      await database.close();
    },
  };
}
