// Log in, log out, who am I. Login is rate-limited per account (lockout in the users table) and
// per client address (socket address unless a proxy is configured).
import { findUserByEmail, recordFailedLogin, recordSuccessfulLogin } from '@mipas/db';
import type { FastifyInstance } from 'fastify';
import { readClientAddress } from '../auth/client-address';
import { hashPassword, verifyPassword } from '../auth/passwords';
import {
  CSRF_HEADER,
  cookieOptions,
  endSession,
  LOGIN_CSRF_COOKIE,
  SESSION_COOKIE,
  startSession,
} from '../auth/session';
import { generateToken, tokensMatch } from '../auth/tokens';
import { ACCOUNT_FAILURE_LIMIT, ACCOUNT_LOCK_MS, type AdminContext, curatorOf, sendError } from './context';

const loginBody = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  properties: { email: { type: 'string', maxLength: 320 }, password: { type: 'string', maxLength: 1000 } },
} as const;

// Unknown e-mails are checked against this hash too, so timing does not reveal accounts.
const dummyHash = hashPassword('not a real password');

export function registerAuthRoutes(app: FastifyInstance, ctx: AdminContext): void {
  app.get('/api/admin/login', { config: { public: true } }, async (_request, reply) => {
    const csrf = generateToken();
    reply.setCookie(LOGIN_CSRF_COOKIE, csrf, cookieOptions(ctx.secure));
    return { csrf };
  });

  app.post<{ Body: { email: string; password: string } }>(
    '/api/admin/login',
    { config: { public: true }, schema: { body: loginBody } },
    async (request, reply) => {
      const header = request.headers[CSRF_HEADER];
      if (!tokensMatch(Array.isArray(header) ? header[0] : header, request.cookies[LOGIN_CSRF_COOKIE]))
        return sendError(reply, 403, 'CSRF', 'missing or wrong CSRF token; reload the login page');
      const address = readClientAddress(request, ctx.runtime.config.trustProxy);
      if (ctx.addressLimiter.isBlocked(address))
        return sendError(
          reply,
          429,
          'RATE_LIMITED',
          'too many failed logins from this address; wait 15 minutes',
        );
      const user = await findUserByEmail(ctx.db, request.body.email);
      if (user?.lockedUntil && user.lockedUntil > new Date())
        return sendError(
          reply,
          429,
          'LOCKED',
          'this account is locked after too many failed logins; wait 15 minutes',
        );
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), request.body.password);
      if (!user || !ok || user.disabled) {
        ctx.addressLimiter.recordFailure(address);
        if (user) await recordFailedLogin(ctx.db, user.id, ACCOUNT_FAILURE_LIMIT, ACCOUNT_LOCK_MS);
        return sendError(reply, 401, 'BAD_LOGIN', 'wrong e-mail or password');
      }
      await recordSuccessfulLogin(ctx.db, user.id);
      await endSession(ctx.db, request);
      const csrf = await startSession(ctx.db, reply, user, ctx.secure);
      reply.clearCookie(LOGIN_CSRF_COOKIE, { path: '/' });
      return { user: { id: user.id, email: user.email, role: user.role, locale: user.locale }, csrf };
    },
  );

  app.post('/api/admin/logout', async (request, reply) => {
    await endSession(ctx.db, request);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/admin/session', async (request) => {
    const user = curatorOf(request);
    return {
      user: { id: user.id, email: user.email, role: user.role, locale: user.locale },
      csrf: user.csrfToken,
    };
  });
}
