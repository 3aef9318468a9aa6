// Builds the HTTP application. Kept apart from listening so tests drive it with `inject()`.
import type { Runtime } from '@mipas/pipeline';
import { setDisplayTimeZone } from '@mipas/publish';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAdminRoutes } from './admin/index';
import { registerPublicRoutes } from './public/index';
import { registerApiRoutes } from './routes/api';
import { registerHealthRoutes } from './routes/health';

export interface ServerOptions {
  /** Fastify's request logging; off in tests. */
  logger?: boolean;
}

export async function buildServer(runtime: Runtime, options: ServerOptions = {}): Promise<FastifyInstance> {
  setDisplayTimeZone(runtime.config.timezone);
  const app = Fastify({
    logger: options.logger ? { level: runtime.config.logLevel } : false,
    trustProxy: false,
    bodyLimit: 1024 * 1024,
    // An unknown parameter is an error, not silently dropped: a typo should not widen a query.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  });
  app.setErrorHandler(
    (error: Error & { statusCode?: number; validation?: unknown; code?: string }, request, reply) => {
      const status = error.statusCode ?? 500;
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      reply.status(status).send({
        error: status >= 500 ? 'internal error' : error.message,
        code: error.code ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST'),
      });
    },
  );
  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send({ error: `no route ${request.method} ${request.url.split('?')[0]}`, code: 'NOT_FOUND' });
  });
  await registerHealthRoutes(app, runtime);
  await registerApiRoutes(app, runtime);
  await registerAdminRoutes(app, runtime);
  await registerPublicRoutes(app, runtime);
  return app;
}
