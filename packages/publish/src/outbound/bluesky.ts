// Posts featured items to Bluesky over the AT Protocol's XRPC calls. A session is created from the
// handle and app password (com.atproto.server.createSession) and kept: its access token is reused
// until it expires, then renewed with the refresh token (com.atproto.server.refreshSession), or by
// logging in again when that is refused. The post is a com.atproto.repo.createRecord call with a
// record key derived from the event, so a retry after a lost answer finds the post it already made
// (com.atproto.repo.getRecord) instead of posting twice.
import type { Config } from '@mipas/core';
import type { OutboundEventRow } from '@mipas/db';
import { stripControlChars } from '../text';
import { composeBlueskyPost } from './bluesky-post';

type Failure = { ok: false; error: string; retry: boolean };
export type BlueskyOutcome = { ok: true; remoteId: string } | Failure;

interface Session {
  did: string;
  accessJwt: string;
  refreshJwt: string;
  /** When the access token stops being accepted (ms); Infinity when the token does not say. */
  accessExpiresAt: number;
}

type Answer =
  | { ok: true; status: number; body: Record<string, unknown> }
  | { ok: false; status: number; code: string; message: string; retry: boolean };

const TIMEOUT_MS = 15_000;
const POST_COLLECTION = 'app.bsky.feed.post';
/** Renew a little before the token's own expiry, so a slow call does not cross it. */
const EXPIRY_MARGIN_MS = 60_000;

/** Sessions by service and handle, shared by every delivery in this process. */
const sessions = new Map<string, Session>();

/** Drops the kept sessions (the next post logs in again). */
export function forgetBlueskySessions(): void {
  sessions.clear();
}

async function xrpc(
  service: string,
  method: string,
  options: { token?: string; body?: unknown; query?: Record<string, string> } = {},
): Promise<Answer> {
  const url = new URL(`/xrpc/${method}`, service);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.query ? 'GET' : 'POST',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (err) {
    return { ok: false, status: 0, code: 'NoAnswer', message: (err as Error).message, retry: true };
  }
  const raw = await response.text().catch(() => '');
  let body: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // An answer that is not JSON (a proxy's error page) keeps its text in the message below.
  }
  if (response.ok) return { ok: true, status: response.status, body };
  return {
    ok: false,
    status: response.status,
    code: typeof body.error === 'string' ? body.error : '',
    message: stripControlChars(typeof body.message === 'string' ? body.message : raw).slice(0, 200),
    // Rate limits, timeouts and server errors pass; other refusals will not change on retry.
    retry: response.status >= 500 || response.status === 408 || response.status === 429,
  };
}

function describe(method: string, answer: Extract<Answer, { ok: false }>): string {
  if (answer.status === 0) return `Bluesky ${method}: no answer: ${answer.message}`;
  const code = answer.code ? ` ${answer.code}` : '';
  return `Bluesky ${method}: HTTP ${answer.status}${code}${answer.message ? `: ${answer.message}` : ''}`;
}

/** The `exp` claim of a JWT in ms, without checking the signature (the server does that). */
function expiryOf(jwt: string): number {
  try {
    const claims = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    return typeof claims.exp === 'number' ? claims.exp * 1000 : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function toSession(body: Record<string, unknown>): Session | undefined {
  const { did, accessJwt, refreshJwt } = body;
  if (typeof did !== 'string' || typeof accessJwt !== 'string' || typeof refreshJwt !== 'string')
    return undefined;
  return { did, accessJwt, refreshJwt, accessExpiresAt: expiryOf(accessJwt) };
}

async function logIn(service: string, handle: string, password: string): Promise<Session | Failure> {
  const answer = await xrpc(service, 'com.atproto.server.createSession', {
    body: { identifier: handle, password },
  });
  if (!answer.ok) {
    const hint =
      answer.status === 401 || answer.code === 'AuthenticationRequired'
        ? ` (check MIPAS_BLUESKY_HANDLE and MIPAS_BLUESKY_APP_PASSWORD)`
        : '';
    return { ok: false, error: `${describe('createSession', answer)}${hint}`, retry: answer.retry };
  }
  return (
    toSession(answer.body) ?? {
      ok: false,
      error: 'Bluesky createSession: the answer has no did, accessJwt or refreshJwt',
      retry: true,
    }
  );
}

/** Renews the access token; undefined when the refresh token is refused too (log in again). */
async function refresh(service: string, session: Session): Promise<Session | Failure | undefined> {
  const answer = await xrpc(service, 'com.atproto.server.refreshSession', { token: session.refreshJwt });
  if (answer.ok) return toSession(answer.body);
  if (answer.retry) return { ok: false, error: describe('refreshSession', answer), retry: true };
  return undefined;
}

async function currentSession(
  service: string,
  handle: string,
  password: string,
  renew: boolean,
): Promise<Session | Failure> {
  const key = `${service}\n${handle}`;
  const kept = sessions.get(key);
  let next: Session | Failure | undefined;
  if (kept && !renew && kept.accessExpiresAt - EXPIRY_MARGIN_MS > Date.now()) return kept;
  if (kept) next = await refresh(service, kept);
  if (!next) next = await logIn(service, handle, password);
  if ('did' in next) sessions.set(key, next);
  else sessions.delete(key);
  return next;
}

/** The session is no longer accepted: expired (400 ExpiredToken), revoked, or unknown (401). */
function isStaleToken(answer: Answer): boolean {
  if (answer.ok) return false;
  if (answer.status === 401) return true;
  return answer.status === 400 && (answer.code === 'ExpiredToken' || answer.code === 'InvalidToken');
}

const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

/**
 * A record key in the AT Protocol's TID form (13 base32-sortable characters of a 64-bit number:
 * microseconds since 1970, then a 10-bit clock id), fixed by the event: its creation time and id.
 */
export function recordKeyFor(event: Pick<OutboundEventRow, 'id' | 'createdAt'>): string {
  // Events recorded in one statement share a creation time: the id spreads them over its
  // microseconds and the clock id, so two events never share a key.
  const micros = BigInt(event.createdAt.getTime()) * 1000n + BigInt(Math.floor(event.id / 1024) % 1000);
  let value = (micros << 10n) | BigInt(event.id % 1024);
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = TID_ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

type PostAnswer = { method: string; answer: Answer; uri?: string };

async function post(
  service: string,
  session: Session,
  event: OutboundEventRow,
  config: Config,
): Promise<PostAnswer> {
  const rkey = recordKeyFor(event);
  if (event.attempts > 1) {
    // An earlier attempt may have posted and lost the answer: look for its record first.
    const found = await xrpc(service, 'com.atproto.repo.getRecord', {
      token: session.accessJwt,
      query: { repo: session.did, collection: POST_COLLECTION, rkey },
    });
    if (found.ok && typeof found.body.uri === 'string')
      return { method: 'getRecord', answer: found, uri: found.body.uri };
    // Anything but "not found" (RecordNotFound) is decided like a failed post.
    if (!found.ok && (found.retry || isStaleToken(found))) return { method: 'getRecord', answer: found };
  }
  const answer = await xrpc(service, 'com.atproto.repo.createRecord', {
    token: session.accessJwt,
    body: {
      repo: session.did,
      collection: POST_COLLECTION,
      rkey,
      record: composeBlueskyPost(event.payload, config, new Date()),
    },
  });
  const uri = answer.ok && typeof answer.body.uri === 'string' ? answer.body.uri : undefined;
  return { method: 'createRecord', answer, uri };
}

export async function sendBluesky(event: OutboundEventRow, config: Config): Promise<BlueskyOutcome> {
  const { blueskyHandle: handle, blueskyAppPassword: password } = config;
  if (!handle || !password)
    return {
      ok: false,
      error: 'MIPAS_BLUESKY_HANDLE and MIPAS_BLUESKY_APP_PASSWORD must be set to post to Bluesky',
      retry: false,
    };
  const service = event.target;
  let session = await currentSession(service, handle, password, false);
  if (!('did' in session)) return session;
  let outcome = await post(service, session, event, config);
  if (isStaleToken(outcome.answer)) {
    session = await currentSession(service, handle, password, true);
    if (!('did' in session)) return session;
    outcome = await post(service, session, event, config);
  }
  const { method, answer, uri } = outcome;
  if (!answer.ok)
    // A token refused right after renewal is the server's trouble: try again later.
    return { ok: false, error: describe(method, answer), retry: answer.retry || isStaleToken(answer) };
  if (!uri) return { ok: false, error: `Bluesky ${method}: the answer has no uri`, retry: true };
  return { ok: true, remoteId: uri };
}
