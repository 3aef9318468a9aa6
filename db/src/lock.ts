// The embedded database is one process's alone: a second process opening the same folder would
// corrupt it. A lock file holding the owner's pid makes the second one stop with a clear error.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirBusyError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `the embedded database in ${dataDir} is in use by process ${pid} (a running "mipas start"?). ` +
        'Stop that process, use its HTTP API, or run on PostgreSQL with DATABASE_URL.',
    );
    this.name = 'DataDirBusyError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the data folder's lock or throws `DataDirBusyError`; returns the release function. */
export function acquireDataDirLock(dataDir: string): () => Promise<void> {
  const file = join(dataDir, 'mipas.lock');
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
    if (Number.isFinite(owner) && owner !== process.pid && isAlive(owner))
      throw new DataDirBusyError(dataDir, owner);
    writeFileSync(file, String(process.pid));
  }
  const release = () => rmSync(file, { force: true });
  process.once('exit', release);
  return async () => {
    process.off('exit', release);
    release();
  };
}
