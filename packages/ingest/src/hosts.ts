// Politeness per host: at most one request at a time to each host:port, and a minimum pause
// between the end of one request and the start of the next. Living inside the fetcher, it
// applies to every caller, including several pipeline stages fetching the same site at once.

const DEFAULT_HOST_DELAY_MS = 1000;

/** The per-host pause: `MIPAS_HOST_DELAY_MS` when set (0 for tests and benches), else 1 s. */
export function defaultHostDelayMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MIPAS_HOST_DELAY_MS;
  if (raw === undefined || raw === '') return DEFAULT_HOST_DELAY_MS;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`MIPAS_HOST_DELAY_MS must be a number of milliseconds >= 0, got "${raw}"`);
  }
  return value;
}

/** The queue key for a URL: host and effective port, so two servers on one address stay apart. */
export function hostKeyOf(url: URL): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.hostname.toLowerCase().replace(/\.+$/, '')}:${port}`;
}

export type ReleaseHost = () => void;

interface Waiter {
  delayMs: number;
  signal?: AbortSignal;
  grant: (release: ReleaseHost) => void;
  fail: (reason: unknown) => void;
}

interface HostState {
  busy: boolean;
  waiters: Waiter[];
  lastEndedAt: number;
}

/** A FIFO per host key; `acquire` resolves with a release function once the host is free. */
export class HostQueue {
  private readonly hosts = new Map<string, HostState>();

  acquire(key: string, delayMs: number, signal?: AbortSignal): Promise<ReleaseHost> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const state = this.stateOf(key);
    return new Promise<ReleaseHost>((resolve, reject) => {
      const onAbort = () => {
        // Still in line: leave it. Already granted the slot (sitting out the delay): `grant`
        // sees the aborted signal and passes the slot on.
        const index = state.waiters.indexOf(waiter);
        if (index === -1) return;
        state.waiters.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        delayMs,
        signal,
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
        fail: reject,
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      state.waiters.push(waiter);
      this.startNext(key, state);
    });
  }

  /** Number of hosts with a request running or waiting (for tests and metrics). */
  activeHosts(): number {
    let count = 0;
    for (const state of this.hosts.values()) if (state.busy || state.waiters.length > 0) count++;
    return count;
  }

  private stateOf(key: string): HostState {
    let state = this.hosts.get(key);
    if (!state) {
      this.pruneIdle();
      state = { busy: false, waiters: [], lastEndedAt: Number.NEGATIVE_INFINITY };
      this.hosts.set(key, state);
    }
    return state;
  }

  private startNext(key: string, state: HostState): void {
    if (state.busy) return;
    const waiter = state.waiters.shift();
    if (!waiter) return;
    state.busy = true;
    const wait = state.lastEndedAt + waiter.delayMs - performance.now();
    const start = () => this.grant(key, state, waiter);
    if (wait > 0) setTimeout(start, wait);
    else start();
  }

  private grant(key: string, state: HostState, waiter: Waiter): void {
    if (waiter.signal?.aborted) {
      // Cancelled while sitting out the host delay: pass the slot on.
      state.busy = false;
      waiter.fail(waiter.signal.reason);
      this.startNext(key, state);
      return;
    }
    let released = false;
    waiter.grant(() => {
      if (released) return;
      released = true;
      state.busy = false;
      state.lastEndedAt = performance.now();
      this.startNext(key, state);
    });
  }

  /** Forgets idle hosts whose delay has long passed, so the map does not grow without bound. */
  private pruneIdle(): void {
    if (this.hosts.size < 1000) return;
    const cutoff = performance.now() - 10 * 60_000;
    for (const [key, state] of this.hosts) {
      if (!state.busy && state.waiters.length === 0 && state.lastEndedAt < cutoff) this.hosts.delete(key);
    }
  }
}

/** The queue every `fetchResource` call shares. */
export const hostQueue = new HostQueue();
