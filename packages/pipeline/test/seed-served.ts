// Seeds one catalogue source whose feed is served by a local test server, and starts the
// runtime's workers for every stage: the common set-up of the pipeline tests that run cycles.
import { seedSources } from '@mipas/db';
import type { SourceDefinition } from '@mipas/sources';
import { catalogueRows } from '../src/catalogue';
import type { Runtime } from '../src/runtime';
import { STAGES } from '../src/types';

export async function seedServedSource(
  runtime: Runtime,
  def: SourceDefinition,
  feedUrl: string,
): Promise<void> {
  const [row] = catalogueRows([{ ...def, endpoints: [{ url: feedUrl, language: 'en' }] }]);
  await seedSources(runtime.database.db, [row!]);
  await runtime.transport.startWorkers(STAGES, runtime.handlers);
}
