import type { Actor, Db } from '@mipas/db';
import type { Runtime } from '@mipas/pipeline';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AttemptLimiter } from '../auth/rate-limit';
import type { SessionUser } from '../auth/session';
import { PageCache } from './page-cache';

export interface AdminContext {
  runtime: Runtime;
  db: Db;
  /** Cookies carry `Secure` when the installation is served over https. */
  secure: boolean;
  addressLimiter: AttemptLimiter;
  /** Pages fetched for source previews, kept for a minute. */
  pages: PageCache;
}

/** Wrong passwords allowed per account before it locks, and for how long. */
export const ACCOUNT_FAILURE_LIMIT = 10;
export const ACCOUNT_LOCK_MS = 15 * 60_000;
/** Wrong passwords allowed per client address within the window. */
export const ADDRESS_FAILURE_LIMIT = 30;
export const ADDRESS_WINDOW_MS = 15 * 60_000;

export function createAdminContext(runtime: Runtime): AdminContext {
  return {
    runtime,
    db: runtime.database.db,
    secure: runtime.config.publicUrl.startsWith('https:'),
    addressLimiter: new AttemptLimiter(ADDRESS_FAILURE_LIMIT, ADDRESS_WINDOW_MS),
    pages: new PageCache(runtime.config),
  };
}

const RANK: Record<string, number> = { analyst: 1, curator: 2, admin: 3 };

export type Role = 'analyst' | 'curator' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Login routes answer without a session. */
    public?: boolean;
    /** Least role allowed; reads default to analyst, writes to curator. */
    role?: Role;
  }
}

export function hasRole(user: SessionUser, role: Role): boolean {
  return (RANK[user.role] ?? 0) >= RANK[role]!;
}

export function curatorOf(request: FastifyRequest): SessionUser {
  if (!request.curator) throw new Error('route reached without a session');
  return request.curator;
}

export function actorOf(request: FastifyRequest): Actor {
  const user = curatorOf(request);
  return { userId: user.id, name: user.email };
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.status(status).send({ error: message, code });
}
