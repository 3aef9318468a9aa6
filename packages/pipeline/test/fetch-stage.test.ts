// Fetch, parse and store against a local server: what a permanent redirect does to the source's
// URL, and a feed with an item whose link is too long to index.
import { randomBytes } from 'node:crypto';
import { addSource, getSource, listItems } from '@mipas/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../../test/support/http';
import { openModeRuntime } from '../../../test/support/modes';
import { runFetchCycle } from '../src/cycle';
import type { Runtime } from '../src/runtime';
import { STAGES } from '../src/types';

const feed = (name: string) =>
  `<rss version="2.0"><channel><title>${name}</title><item><title>${name} item</title><link>https://example.org/${name}</link></item></channel></rss>`;

describe('fetch, parse and store', () => {
  let runtime: Runtime & { close(): Promise<void> };
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer({
      '/new.xml': { body: feed('new') },
      '/taken.xml': { body: feed('taken') },
      '/long.xml': {
        // Random hex does not compress, so the index entry really is this long.
        body: `<rss version="2.0"><channel><title>Long</title><item><title>Long link</title><link>https://example.org/${randomBytes(4500).toString('hex')}</link></item><item><title>Neighbour</title><link>https://example.org/neighbour</link></item></channel></rss>`,
      },
    });
    const moved = (to: string) => (_req: unknown, res: import('node:http').ServerResponse) =>
      res.writeHead(301, { location: server.url(to) }).end();
    server.set('/old.xml', moved('/new.xml'));
    server.set('/also-old.xml', moved('/taken.xml'));
    runtime = await openModeRuntime('embedded');
    const { db } = runtime.database;
    await addSource(db, { id: 'mover', name: 'Mover', url: server.url('/old.xml'), kind: 'rss' });
    await addSource(db, { id: 'blocked', name: 'Blocked', url: server.url('/also-old.xml'), kind: 'rss' });
    await addSource(db, { id: 'holder', name: 'Holder', url: server.url('/taken.xml'), kind: 'rss' });
    await addSource(db, { id: 'long', name: 'Long', url: server.url('/long.xml'), kind: 'rss' });
    await runtime.transport.startWorkers(STAGES, runtime.handlers);
  }, 120_000);

  afterAll(async () => {
    await runtime?.close();
    await server?.close();
  });

  it('moves a source to its new URL, but keeps it when another source follows that URL', async () => {
    const stats = await runFetchCycle(runtime, {
      sourceIds: ['mover', 'blocked', 'holder'],
      timeoutMs: 60_000,
    });
    expect(stats.errors).toBe(0);
    const { db } = runtime.database;
    expect((await getSource(db, 'mover'))?.url).toBe(server.url('/new.xml'));
    const blocked = await getSource(db, 'blocked');
    expect(blocked?.url).toBe(server.url('/also-old.xml'));
    expect(blocked?.consecutiveFailures).toBe(0);
    expect((await getSource(db, 'holder'))?.url).toBe(server.url('/taken.xml'));
  });

  it('stores every item of a feed where one links to an overlong URL', async () => {
    const stats = await runFetchCycle(runtime, { sourceIds: ['long'], timeoutMs: 60_000 });
    expect(stats).toMatchObject({ errors: 0, itemsNew: 2 });
    const { items } = await listItems(runtime.database.db, { sourceId: 'long', limit: 10 });
    expect(items.map((i) => i.title).sort()).toEqual(['Long link', 'Neighbour']);
  });
});
