// The catalogue table in docs/sources.md is generated from the source files; it must not drift.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { renderCatalogueTable, replaceCatalogueTable } from '../src/catalogue-table';
import { catalogue } from '../src/index';

test('docs/sources.md lists the catalogue as it is (npm run docs -w @mipas/sources)', () => {
  const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'sources.md'), 'utf8');
  expect(replaceCatalogueTable(page, renderCatalogueTable(catalogue))).toBe(page);
  for (const def of catalogue) expect(page).toContain(`| \`${def.id}\` |`);
});
