// What one fetch attempt did, success or failure. The pipeline writes it to `fetch_runs`.

export interface FetchTrace {
  /** The URL the caller asked for. */
  requestedUrl: string;
  /** The last URL requested (after redirects). */
  url: string;
  /** HTTP status of the last response, when one arrived. */
  status?: number;
  redirects: number;
  /** Set when the chain from `requestedUrl` consisted only of 301/308: store this URL instead. */
  permanentRedirect?: string;
  /** Body bytes received on the wire (compressed), over every hop. */
  bytesOnWire: number;
  /** Body bytes after decompression, for the final response. */
  bytesDecoded: number;
  /** Time spent waiting for per-host slots (politeness), in ms. */
  queuedMs: number;
  /** From the start of the fetch to the headers of the last response, in ms. */
  headersMs?: number;
  /** From the start of the fetch to the end, in ms (includes queueing). */
  totalMs: number;
}

export function startTrace(requestedUrl: string): FetchTrace {
  return {
    requestedUrl,
    url: requestedUrl,
    redirects: 0,
    bytesOnWire: 0,
    bytesDecoded: 0,
    queuedMs: 0,
    totalMs: 0,
  };
}
