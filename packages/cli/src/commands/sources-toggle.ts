// `mipas sources enable|disable <id>`: switches a source on or off by hand. Enabling also clears
// the failure count and reason an automatic disable left, and makes the source due now.
import type { Runtime } from '@mipas/pipeline';
import { print, UsageError } from '../context';

export async function setSourceEnabled(runtime: Runtime, id: string, enabled: boolean): Promise<void> {
  const { getSource, updateSource } = await import('@mipas/db');
  const db = runtime.database.db;
  const source = await getSource(db, id);
  if (!source) throw new UsageError(`no source with id "${id}" (see "mipas sources list")`);
  const word = enabled ? 'enabled' : 'disabled';
  if (source.enabled === enabled) return print(`source ${id} was already ${word}`);
  await updateSource(
    db,
    id,
    enabled
      ? { enabled: true, disabledReason: null, consecutiveFailures: 0, nextFetchAt: new Date() }
      : { enabled: false, disabledReason: 'disabled by hand' },
  );
  print(`source ${id} ${word}`);
}
