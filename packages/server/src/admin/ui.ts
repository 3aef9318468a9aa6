// The curator web app: one HTML shell, one script bundled by esbuild from packages/admin-ui on
// first request and kept in memory, one stylesheet. No inline script, so the CSP can forbid it.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const UI_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'admin-ui', 'src');

const SHELL = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mipas · curator</title>
<link rel="stylesheet" href="/admin/app.css">
<script type="module" src="/admin/app.js"></script>
</head>
<body><div id="app"></div><noscript>The curator workspace needs JavaScript.</noscript></body>
</html>
`;

let bundle: Promise<string> | undefined;

async function buildBundle(): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(UI_ROOT, 'main.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}

/** The bundle, built once per process; a failed build is retried on the next request. */
export function loadBundle(): Promise<string> {
  bundle ??= buildBundle().catch((err) => {
    bundle = undefined;
    throw err;
  });
  return bundle;
}

export function registerUiRoutes(app: FastifyInstance): void {
  app.get('/admin', { config: { public: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(SHELL),
  );
  app.get('/admin/app.js', { config: { public: true } }, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(await loadBundle()),
  );
  app.get('/admin/app.css', { config: { public: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').send(await readFile(join(UI_ROOT, 'app.css'), 'utf8')),
  );
}
