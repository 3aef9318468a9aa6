// One fetch cycle over 500 sources on 50 loopback hosts (127.0.0.2 ... 127.0.0.51), each host
// answering a small feed after 100 ms. All 500 fetches are issued at once; the fetcher's host
// queues must serialise them per host while hosts run in parallel. Ideal: 10 sources per host
// × 100 ms = 1 s. Target: under 2 s, and no host ever sees two requests at once.
//
// Two cycles run, each against its own 50 servers (same addresses, other ports), so both open
// fresh connections. The first pays for Node compiling undici, http and the fetcher on first
// use and is printed for information; the second is what a running service sees and is judged.
//
// It calls fetchResource directly: runFetchCycle adds the database, parse and store stages and
// its own fetch concurrency limit, which would measure the pipeline rather than the fetcher.

import { fetchResource } from '../packages/ingest/src/index';
import { SMALL_FEED } from '../packages/ingest/test/hostile/handlers';
import { startServer, type TestServer } from '../packages/ingest/test/hostile/server';

const HOSTS = 50;
const SOURCES = 500;
const ANSWER_AFTER_MS = 100;
const TARGET_MS = 2000;

interface CycleFigures {
  ms: number;
  failures: PromiseRejectedResult[];
  peakPerHost: number;
  evenlyServed: boolean;
}

async function startHosts(): Promise<TestServer[]> {
  return Promise.all(
    Array.from({ length: HOSTS }, (_, i) =>
      startServer(
        (_req, res) => {
          setTimeout(() => {
            res.writeHead(200, { 'content-type': 'application/rss+xml' });
            res.end(SMALL_FEED);
          }, ANSWER_AFTER_MS);
        },
        `127.0.0.${i + 2}`,
      ),
    ),
  );
}

async function runCycle(hosts: TestServer[]): Promise<CycleFigures> {
  const urls = Array.from({ length: SOURCES }, (_, k) => `${hosts[k % HOSTS]?.url}/feed/${k}.xml`);
  const started = performance.now();
  const outcomes = await Promise.allSettled(
    urls.map((url) => fetchResource(url, { allowPrivateNetwork: true, hostDelayMs: 0 })),
  );
  const ms = performance.now() - started;
  return {
    ms,
    failures: outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected'),
    peakPerHost: Math.max(...hosts.map((h) => h.peakInFlight)),
    evenlyServed: hosts.every((h) => h.requests.length === SOURCES / HOSTS),
  };
}

function sampleRss(): { peak: () => number; stop: () => void } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  return { peak: () => Math.max(peak, process.memoryUsage.rss()), stop: () => clearInterval(timer) };
}

function problemsOf(name: string, figures: CycleFigures, judgeTime: boolean): string[] {
  const problems: string[] = [];
  if (judgeTime && figures.ms >= TARGET_MS) problems.push(`${name} took ${figures.ms.toFixed(0)} ms`);
  if (figures.peakPerHost !== 1) problems.push(`${name}: a host saw ${figures.peakPerHost} requests at once`);
  if (figures.failures.length > 0) problems.push(`${name}: ${figures.failures.length} fetches failed`);
  if (!figures.evenlyServed)
    problems.push(`${name}: hosts did not each serve their ${SOURCES / HOSTS} sources`);
  return problems;
}

export async function run(): Promise<void> {
  const [coldHosts, hosts] = [await startHosts(), await startHosts()];
  const rss = sampleRss();
  const rssBefore = process.memoryUsage.rss();
  const cpuBefore = process.cpuUsage();
  const cold = await runCycle(coldHosts);
  const cpuCold = process.cpuUsage(cpuBefore);
  const warm = await runCycle(hosts);
  const cpuWarm = process.cpuUsage(cpuBefore);
  rss.stop();
  await Promise.all([...coldHosts, ...hosts].map((h) => h.close()));

  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  const cpuMs = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1000).toFixed(0);
  console.log(
    `${SOURCES} sources on ${HOSTS} hosts, each answering after ${ANSWER_AFTER_MS} ms, host delay 0`,
  );
  console.log(
    `first cycle in this process: ${cold.ms.toFixed(0)} ms (CPU ${cpuMs(cpuCold)} ms, servers included)`,
  );
  console.log(
    `cycle time: ${warm.ms.toFixed(0)} ms (ideal ${(SOURCES / HOSTS) * ANSWER_AFTER_MS} ms, target < ${TARGET_MS} ms)`,
  );
  console.log(`peak concurrent requests on one host: ${Math.max(cold.peakPerHost, warm.peakPerHost)}`);
  console.log(`failed fetches: ${cold.failures.length + warm.failures.length}`);
  console.log(
    `RSS: ${mb(rssBefore)} MB before, peak ${mb(rss.peak())} MB (CPU both cycles ${cpuMs(cpuWarm)} ms)`,
  );
  const firstFailure = cold.failures[0] ?? warm.failures[0];
  if (firstFailure) console.log('first failure:', String(firstFailure.reason));

  const problems = [...problemsOf('first cycle', cold, false), ...problemsOf('cycle', warm, true)];
  if (problems.length > 0) {
    console.log(`FAIL: ${problems.join('; ')}`);
    throw new Error(`fetch-cycle bench failed: ${problems.join('; ')}`);
  }
  console.log('PASS');
}
