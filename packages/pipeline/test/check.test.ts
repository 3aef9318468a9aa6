import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@mipas/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectUrl } from '../src/check';

const server = createServer((req, res) => {
  if (req.url === '/large') {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(`<rss version="2.0"><channel><title>${'x'.repeat(4096)}</title></channel></rss>`);
    return;
  }
  res.writeHead(404);
  res.end();
});
let base = '';

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('inspectUrl', () => {
  const config = loadConfig({ MIPAS_ALLOW_PRIVATE_NETWORK: '1', MIPAS_FETCH_MAX_BYTES: '1024' });

  it('reports the HTTP status of a response refused after its headers', async () => {
    const report = await inspectUrl(config, `${base}/large`);
    expect(report.ok).toBe(false);
    expect(report.error).toMatchObject({ code: 'TOO_LARGE' });
    expect(report.fetch?.status).toBe(200);
  });

  it('reports the status of an HTTP error', async () => {
    const report = await inspectUrl(config, `${base}/missing`);
    expect(report.error).toMatchObject({ code: 'NOT_FOUND' });
    expect(report.fetch?.status).toBe(404);
  });
});
