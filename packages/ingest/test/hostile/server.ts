// A real HTTP server on loopback for fetcher tests. It records every connection and request and
// the peak number of requests in flight, so tests can prove a refused address saw nothing and
// a host never served two requests at once.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
}

export interface TestServer {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  host: string;
  port: number;
  /** `host:port`, the form `allowedPrivateHosts` takes. */
  hostPort: string;
  connections: number;
  requests: RecordedRequest[];
  inFlight: number;
  peakInFlight: number;
  close(): Promise<void>;
}

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts a server on `host` (default 127.0.0.1) answering with `handler`. */
export async function startServer(handler: Handler, host = '127.0.0.1'): Promise<TestServer> {
  const server = createServer();
  const port = await listen(server, host);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const state: TestServer = {
    url: `http://${shownHost}:${port}`,
    host,
    port,
    hostPort: `${shownHost}:${port}`,
    connections: 0,
    requests: [],
    inFlight: 0,
    peakInFlight: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('connection', () => {
    state.connections++;
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    state.requests.push({ path: req.url ?? '', headers: req.headers });
    state.inFlight++;
    state.peakInFlight = Math.max(state.peakInFlight, state.inFlight);
    // A request ends when its response is finished (or the socket dies), whichever comes first.
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      state.inFlight--;
    };
    res.on('finish', end);
    res.on('close', end);
    Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  return state;
}
