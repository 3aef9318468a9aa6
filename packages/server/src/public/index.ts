// The public site: pages, feeds, subscriptions and discovery files, in one encapsulated scope
// (its form parser does not touch the rest of the server).
import formbody from '@fastify/formbody';
import type { Runtime } from '@mipas/pipeline';
import type { FastifyInstance } from 'fastify';
import { createPublicContext } from './context';
import { registerDiscoveryRoutes } from './discovery-routes';
import { registerFeedRoutes } from './feed-routes';
import { registerPageRoutes } from './page-routes';
import { registerSubscriptionRoutes } from './subscription-routes';

export async function registerPublicRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  const ctx = createPublicContext(runtime);
  await app.register(async (scope) => {
    await scope.register(formbody);
    registerDiscoveryRoutes(scope, ctx);
    registerFeedRoutes(scope, ctx);
    registerPageRoutes(scope, ctx);
    registerSubscriptionRoutes(scope, ctx);
  });
}
