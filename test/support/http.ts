// A local HTTP server that serves test documents, with ETag/Last-Modified and 304 answers like
// a real feed host, and counts the requests it gets.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Document {
  body: Buffer | string;
  contentType?: string;
  status?: number;
  headers?: Record<string, string>;
}

export interface FixtureServer {
  url(path: string): string;
  /** Replaces or adds a document while the server runs. */
  set(path: string, doc: Document | ((req: IncomingMessage, res: ServerResponse) => void)): void;
  requests: Array<{ path: string; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

const LAST_MODIFIED = 'Thu, 17 Sep 2020 08:00:00 GMT';

export async function startFixtureServer(
  docs: Record<string, Document> = {},
  host = '127.0.0.1',
): Promise<FixtureServer> {
  const routes = new Map<string, Document | ((req: IncomingMessage, res: ServerResponse) => void)>(
    Object.entries(docs),
  );
  const requests: FixtureServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, headers: req.headers });
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof route === 'function') return route(req, res);
    const body = Buffer.from(route.body);
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(route.status ?? 200, {
      'content-type': route.contentType ?? 'application/rss+xml; charset=utf-8',
      etag,
      'last-modified': LAST_MODIFIED,
      ...route.headers,
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://${host}:${port}${path}`,
    set: (path, doc) => routes.set(path, doc),
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
