// Every /api/admin route: 401 without a live session, 403 for a write without the CSRF token
// or for a role below the route's.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasValidCsrf, loadSession } from '../auth/session';
import { type AdminContext, hasRole, sendError } from './context';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createGuard(ctx: AdminContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const config = request.routeOptions.config;
    if (config?.public || !request.url.startsWith('/api/admin')) return;
    const user = await loadSession(ctx.db, request);
    if (!user) return sendError(reply, 401, 'UNAUTHENTICATED', 'log in first');
    request.curator = user;
    const isRead = READS.has(request.method);
    if (!isRead && !hasValidCsrf(request, user.csrfToken))
      return sendError(reply, 403, 'CSRF', 'missing or wrong CSRF token; reload the page');
    const role = config?.role ?? (isRead ? 'analyst' : 'curator');
    if (!hasRole(user, role)) return sendError(reply, 403, 'FORBIDDEN', `this needs the ${role} role`);
  };
}
