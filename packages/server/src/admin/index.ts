// The curator workspace: the web app under /admin and its JSON API under /api/admin.
import cookie from '@fastify/cookie';
import { applyEnabledRules, autoApproveTrusted } from '@mipas/db';
import type { Runtime } from '@mipas/pipeline';
import type { FastifyInstance } from 'fastify';
import { setSecurityHeaders } from '../auth/headers';
import { type AdminContext, createAdminContext } from './context';
import { createGuard } from './guard';
import { registerAuthRoutes } from './routes-auth';
import { registerItemRoutes } from './routes-items';
import { registerOutboundRoutes } from './routes-outbound';
import { registerOverviewRoutes } from './routes-overview';
import { registerRuleRoutes } from './routes-rules';
import { registerSourceRoutes } from './routes-sources';
import { registerUserRoutes } from './routes-users';
import { registerUiRoutes } from './ui';

/** How often enabled rules and trusted auto-approval look at waiting items. */
export const CURATION_SWEEP_MS = 30_000;

export async function registerAdminRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  const ctx = createAdminContext(runtime);
  await app.register(async (scope) => {
    if (!scope.hasDecorator('parseCookie')) await scope.register(cookie);
    scope.addHook('onRequest', async (_request, reply) => setSecurityHeaders(reply));
    scope.addHook('onRequest', createGuard(ctx));
    registerAuthRoutes(scope, ctx);
    registerItemRoutes(scope, ctx);
    registerRuleRoutes(scope, ctx);
    registerOverviewRoutes(scope, ctx);
    registerSourceRoutes(scope, ctx);
    registerUserRoutes(scope, ctx);
    registerOutboundRoutes(scope, ctx);
    registerUiRoutes(scope);
  });
  startCurationSweep(app, ctx);
}

/** Runs rules and trusted auto-approval over waiting items in the background while serving. */
function startCurationSweep(app: FastifyInstance, ctx: AdminContext): void {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      await sweepOnce(ctx);
    } catch (err) {
      ctx.runtime.log.warn('curation sweep failed', { error: (err as Error).message });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(sweep, CURATION_SWEEP_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}

export async function sweepOnce(ctx: AdminContext): Promise<void> {
  await applyEnabledRules(ctx.db);
  const threshold = ctx.runtime.config.autoApproveThreshold;
  if (threshold !== undefined) await autoApproveTrusted(ctx.db, threshold);
}
