// Saves run one after another behind the optimistic interface. A save that fails for a transient
// reason stays queued and is retried with growing pauses; a refused one is reported, not retried.
import { ApiError } from './api';

export interface SaveJob {
  label: string;
  run(): Promise<void>;
}

export interface QueueState {
  pending: number;
  retrying: string | null;
  refused: string | null;
}

const jobs: SaveJob[] = [];
let state: QueueState = { pending: 0, retrying: null, refused: null };
const listeners = new Set<(s: QueueState) => void>();
let running = false;

function publish(patch: Partial<QueueState>): void {
  state = { ...state, ...patch, pending: jobs.length };
  for (const listener of listeners) listener(state);
}

export function watchQueue(listener: (s: QueueState) => void): () => void {
  listeners.add(listener);
  listener(state);
  return () => listeners.delete(listener);
}

export function enqueueSave(job: SaveJob): void {
  jobs.push(job);
  publish({});
  void drain();
}

/** Resolves once every queued save has finished (undo waits for the action it undoes). */
export async function waitForSaves(): Promise<void> {
  while (jobs.length || running) await new Promise((r) => setTimeout(r, 30));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  let pause = 1000;
  while (jobs.length) {
    const job = jobs[0]!;
    try {
      await job.run();
      jobs.shift();
      pause = 1000;
      publish({ retrying: null });
    } catch (err) {
      if (err instanceof ApiError && !err.transient) {
        jobs.shift();
        publish({ refused: `${job.label}: ${err.message}`, retrying: null });
        continue;
      }
      publish({ retrying: `${job.label}: ${(err as Error).message}` });
      await sleep(pause);
      pause = Math.min(pause * 2, 30_000);
    }
  }
  running = false;
  publish({});
}

export function dismissRefusal(): void {
  publish({ refused: null });
}
