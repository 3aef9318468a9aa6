// Accounts, for admins: list, add (the password is generated and shown once, or set by the
// admin), change role, disable or enable (a disabled account's sessions are revoked), reset a
// password. Every change is audited without passwords or hashes; the last active admin cannot be
// demoted or disabled.
import {
  changeUser,
  createUser,
  LastAdminError,
  listUsers,
  type NewAudit,
  recordAudit,
  revokeUserSessions,
  USER_ROLES,
  UserExistsError,
  type UserRole,
  type UserRow,
} from '@mipas/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { type AdminContext, actorOf, curatorOf, sendError } from './context';

const password = { type: 'string', minLength: MIN_PASSWORD_LENGTH, maxLength: 1000 } as const;
const role = { type: 'string', enum: [...USER_ROLES] } as const;

const userOut = {
  type: 'object',
  required: ['id', 'email', 'role', 'disabled', 'created_at', 'last_login_at', 'locked_until'],
  additionalProperties: false,
  properties: {
    id: { type: 'integer' },
    email: { type: 'string' },
    role: { type: 'string' },
    locale: { type: 'string' },
    disabled: { type: 'boolean' },
    created_at: { type: 'string' },
    last_login_at: { type: ['string', 'null'] },
    locked_until: { type: ['string', 'null'] },
  },
} as const;
const withPassword = {
  type: 'object',
  required: ['user'],
  additionalProperties: false,
  properties: { user: userOut, password: { type: 'string' } },
} as const;
const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', minimum: 1 } },
} as const;

const addBody = {
  type: 'object',
  required: ['email', 'role'],
  additionalProperties: false,
  properties: { email: { type: 'string', format: 'email', maxLength: 320 }, role, password },
} as const;
const patchBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { role, disabled: { type: 'boolean' } },
} as const;
const passwordBody = { type: 'object', additionalProperties: false, properties: { password } } as const;

export function presentUser(u: UserRow) {
  return {
    id: u.id,
    email: u.email,
    role: u.role,
    locale: u.locale,
    disabled: u.disabled,
    created_at: u.createdAt.toISOString(),
    last_login_at: u.lastLoginAt?.toISOString() ?? null,
    locked_until: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
  };
}

/** What the audit log keeps of an account: never its password or hash. */
function auditView(u: UserRow) {
  return { email: u.email, role: u.role, disabled: u.disabled };
}

function auditRow(
  request: FastifyRequest,
  action: string,
  user: UserRow,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): NewAudit {
  const actor = actorOf(request);
  return {
    userId: actor.userId,
    actor: actor.name,
    action,
    entity: 'user',
    entityId: String(user.id),
    before,
    after,
  };
}

export function registerUserRoutes(app: FastifyInstance, ctx: AdminContext): void {
  const db = ctx.db;
  const admin = { role: 'admin' as const };

  app.get(
    '/api/admin/users',
    {
      config: admin,
      schema: {
        response: {
          200: {
            type: 'object',
            required: ['users'],
            properties: { users: { type: 'array', items: userOut } },
          },
        },
      },
    },
    async () => ({ users: (await listUsers(db)).map(presentUser) }),
  );

  app.post<{ Body: { email: string; role: UserRole; password?: string } }>(
    '/api/admin/users',
    { config: admin, schema: { body: addBody, response: { 201: withPassword } } },
    async (request, reply) => {
      const generated = request.body.password === undefined ? generatePassword() : undefined;
      try {
        const user = await createUser(db, {
          email: request.body.email,
          role: request.body.role,
          passwordHash: await hashPassword(request.body.password ?? generated!),
        });
        await recordAudit(db, [
          auditRow(request, 'user.create', user, null, {
            ...auditView(user),
            password: generated ? 'generated' : 'set by admin',
          }),
        ]);
        return reply
          .status(201)
          .send({ user: presentUser(user), ...(generated ? { password: generated } : {}) });
      } catch (err) {
        if (err instanceof UserExistsError) return sendError(reply, 409, 'USER_EXISTS', err.message);
        throw err;
      }
    },
  );

  app.patch<{ Params: { id: number }; Body: { role?: UserRole; disabled?: boolean } }>(
    '/api/admin/users/:id',
    { config: admin, schema: { params: idParams, body: patchBody, response: { 200: withPassword } } },
    async (request, reply) => {
      try {
        const changed = await changeUser(db, request.params.id, request.body, (before, after) => [
          auditRow(request, 'user.update', after, auditView(before), auditView(after)),
        ]);
        if (!changed) return sendError(reply, 404, 'NOT_FOUND', 'no such user');
        if (changed.after.disabled) await revokeUserSessions(db, changed.after.id);
        return { user: presentUser(changed.after) };
      } catch (err) {
        if (err instanceof LastAdminError) return sendError(reply, 409, 'LAST_ADMIN', err.message);
        throw err;
      }
    },
  );

  app.post<{ Params: { id: number }; Body: { password?: string } }>(
    '/api/admin/users/:id/password',
    {
      config: admin,
      schema: { params: idParams, body: passwordBody, response: { 200: withPassword } },
    },
    async (request, reply) => {
      const generated = request.body?.password === undefined ? generatePassword() : undefined;
      const passwordHash = await hashPassword(request.body?.password ?? generated!);
      const changed = await changeUser(db, request.params.id, { passwordHash }, (_before, after) => [
        auditRow(request, 'user.password', after, null, {
          email: after.email,
          password: generated ? 'generated' : 'set by admin',
        }),
      ]);
      if (!changed) return sendError(reply, 404, 'NOT_FOUND', 'no such user');
      // Whoever knew the old password is logged out; an admin resetting their own keeps this session.
      await revokeUserSessions(db, changed.after.id, curatorOf(request).sessionId);
      return { user: presentUser(changed.after), ...(generated ? { password: generated } : {}) };
    },
  );
}
