// Server-side sessions: the cookie holds a random token, the database its hash. Login rotates the
// token, logout revokes it; every state-changing request must echo the session's CSRF token.
import type { Db, UserRow } from '@mipas/db';
import { createSession, findLiveSession, revokeSession } from '@mipas/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { generateToken, hashToken, tokensMatch } from './tokens';

export const SESSION_COOKIE = 'mipas_session';
export const LOGIN_CSRF_COOKIE = 'mipas_login_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SESSION_MS = 12 * 3600_000;

export interface SessionUser {
  id: number;
  email: string;
  role: string;
  locale: string;
  sessionId: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    curator?: SessionUser;
  }
}

export function cookieOptions(secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'strict' as const, secure };
}

export async function startSession(db: Db, reply: FastifyReply, user: UserRow, secure: boolean) {
  const token = generateToken();
  const csrfToken = generateToken();
  await createSession(db, {
    id: hashToken(token),
    userId: user.id,
    csrfToken,
    expiresAt: new Date(Date.now() + SESSION_MS),
  });
  reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(secure), maxAge: SESSION_MS / 1000 });
  return csrfToken;
}

export async function loadSession(db: Db, request: FastifyRequest): Promise<SessionUser | undefined> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return undefined;
  const found = await findLiveSession(db, hashToken(token));
  if (!found) return undefined;
  return {
    id: found.user.id,
    email: found.user.email,
    role: found.user.role,
    locale: found.user.locale,
    sessionId: found.session.id,
    csrfToken: found.session.csrfToken,
  };
}

/** Revokes the session the request carries, if any (login rotation and logout). */
export async function endSession(db: Db, request: FastifyRequest): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (token) await revokeSession(db, hashToken(token));
}

export function hasValidCsrf(request: FastifyRequest, expected: string | undefined): boolean {
  const header = request.headers[CSRF_HEADER];
  return tokensMatch(Array.isArray(header) ? header[0] : header, expected);
}
