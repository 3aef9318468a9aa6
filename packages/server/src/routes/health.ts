import type { Runtime } from '@mipas/pipeline';
import type { FastifyInstance } from 'fastify';

export async function registerHealthRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    const database = await runtime.database
      .ping()
      .then(() => ({ ok: true, kind: runtime.database.kind, detail: runtime.database.location }))
      .catch((err: Error) => ({ ok: false, kind: runtime.database.kind, detail: err.message }));
    const queue = await runtime.transport.health();
    const ok = database.ok && queue.ok;
    reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', database, queue });
  });
}
