// One fetch cycle over 500 sources on 50 loopback hosts (127.0.0.2 ... 127.0.0.51), each host
// answering a small feed after 100 ms. All 500 fetches are issued at once; the fetcher's host
// queues must serialise them per host while hosts run in parallel. Ideal: 10 sources per host
// × 100 ms = 1 s. Target: under 2 s, and no host ever sees two requests at once.
//
// Two cycles run, each against its own 50 servers (same addresses, other ports), so both open
// fresh connections. The first pays for Node compiling undici, http and the fetcher on first
// use and is printed for information; the second is what a running service sees and is judged.
//
// The servers run in a worker thread, as remote servers would: their work does not compete
// with the fetcher for the event loop, and they count concurrent requests per host there.
//
// It calls fetchResource directly: runFetchCycle adds the database, parse and store stages and
// its own fetch concurrency limit, which would measure the pipeline rather than the fetcher.

import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { Agent, request } from 'undici';
import { fetchResource } from '../packages/ingest/src/fetcher';

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

/** Plain JavaScript for the worker: one server per loopback address, counting requests in flight. */
const HOSTS_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';
const hosts = [];
async function start() {
  for (let i = 0; i < workerData.hosts; i++) {
    const host = { address: '127.0.0.' + (i + 2), port: 0, inFlight: 0, peak: 0, requests: 0 };
    const server = http.createServer((req, res) => {
      host.requests++;
      host.inFlight++;
      host.peak = Math.max(host.peak, host.inFlight);
      let ended = false;
      const end = () => { if (!ended) { ended = true; host.inFlight--; } };
      res.on('finish', end);
      res.on('close', end);
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(feed);
      }, workerData.answerAfterMs);
    });
    await new Promise((resolve) => server.listen(0, host.address, resolve));
    host.port = server.address().port;
    host.server = server;
    hosts.push(host);
  }
  parentPort.postMessage({ kind: 'ready', urls: hosts.map((h) => 'http://' + h.address + ':' + h.port) });
}
parentPort.on('message', (message) => {
  if (message === 'stats') parentPort.postMessage({ kind: 'stats', peaks: hosts.map((h) => h.peak), requests: hosts.map((h) => h.requests) });
  if (message === 'close') {
    for (const h of hosts) { h.server.closeAllConnections(); h.server.close(); }
    parentPort.close();
  }
});
start();
`;

interface HostsWorker {
  urls: string[];
  stats(): Promise<{ peaks: number[]; requests: number[] }>;
  close(): Promise<void>;
}

async function startHosts(): Promise<HostsWorker> {
  const worker = new Worker(HOSTS_WORKER, {
    eval: true,
    workerData: { hosts: HOSTS, answerAfterMs: ANSWER_AFTER_MS },
  });
  const [ready] = (await once(worker, 'message')) as [{ urls: string[] }];
  return {
    urls: ready.urls,
    stats: async () => {
      worker.postMessage('stats');
      const [stats] = (await once(worker, 'message')) as [{ peaks: number[]; requests: number[] }];
      return stats;
    },
    close: async () => {
      worker.postMessage('close');
      await once(worker, 'exit');
    },
  };
}

async function runCycle(hosts: HostsWorker): Promise<CycleFigures> {
  const urls = Array.from({ length: SOURCES }, (_, k) => `${hosts.urls[k % HOSTS]}/feed/${k}.xml`);
  const started = performance.now();
  const outcomes = await Promise.allSettled(
    urls.map((url) => fetchResource(url, { allowPrivateNetwork: true, hostDelayMs: 0 })),
  );
  const ms = performance.now() - started;
  const { peaks, requests } = await hosts.stats();
  return {
    ms,
    failures: outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected'),
    peakPerHost: Math.max(...peaks),
    evenlyServed: requests.length === HOSTS && requests.every((n) => n === SOURCES / HOSTS),
  };
}

/**
 * The floor this machine allows: plain undici, each host's ten requests in a loop, no policy,
 * no queue. Printed next to the fetcher's figure so a slow machine is told apart from a slow
 * fetcher.
 */
async function runBaseline(hosts: HostsWorker): Promise<number> {
  const agent = new Agent({ connections: 1 });
  const started = performance.now();
  await Promise.all(
    hosts.urls.map(async (base) => {
      for (let k = 0; k < SOURCES / HOSTS; k++) {
        const response = await request(`${base}/feed/${k}.xml`, { dispatcher: agent });
        await response.body.arrayBuffer();
      }
    }),
  );
  const ms = performance.now() - started;
  await agent.close();
  return ms;
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
  const [coldHosts, hosts, baselineHosts] = [await startHosts(), await startHosts(), await startHosts()];
  const rss = sampleRss();
  const rssBefore = process.memoryUsage.rss();
  const cpuBefore = process.cpuUsage();
  const cold = await runCycle(coldHosts);
  const cpuCold = process.cpuUsage(cpuBefore);
  const warm = await runCycle(hosts);
  const cpuWarm = process.cpuUsage(cpuBefore);
  rss.stop();
  const baselineMs = await runBaseline(baselineHosts);
  await Promise.all([coldHosts.close(), hosts.close(), baselineHosts.close()]);

  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  const cpuMs = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1000).toFixed(0);
  console.log(
    `${SOURCES} sources on ${HOSTS} hosts, each answering after ${ANSWER_AFTER_MS} ms, host delay 0`,
  );
  console.log(`first cycle in this process: ${cold.ms.toFixed(0)} ms (fetcher CPU ${cpuMs(cpuCold)} ms)`);
  console.log(
    `cycle time: ${warm.ms.toFixed(0)} ms (ideal ${(SOURCES / HOSTS) * ANSWER_AFTER_MS} ms, target < ${TARGET_MS} ms)`,
  );
  console.log(`same cycle with plain undici, no fetcher (machine floor): ${baselineMs.toFixed(0)} ms`);
  console.log(`peak concurrent requests on one host: ${Math.max(cold.peakPerHost, warm.peakPerHost)}`);
  console.log(`failed fetches: ${cold.failures.length + warm.failures.length}`);
  console.log(
    `RSS: ${mb(rssBefore)} MB before, peak ${mb(rss.peak())} MB (CPU both cycles ${cpuMs(cpuWarm)} ms, server thread included)`,
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
