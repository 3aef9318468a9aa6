// The catalogue table in docs/sources.md is generated from the source files; it must not drift.
// Cells are compared trimmed, so a Markdown formatter may pad the columns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { renderCatalogueTable, TABLE_END, TABLE_START } from '../src/catalogue-table';
import { catalogue } from '../src/index';

function tableCells(table: string): string[][] {
  return table
    .trim()
    .split('\n')
    .map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/^-{3,}$/, '---')));
}

test('docs/sources.md lists the catalogue as it is (npm run docs -w @mipas/sources)', () => {
  const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'sources.md'), 'utf8');
  const start = page.indexOf(TABLE_START);
  const end = page.indexOf(TABLE_END);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  const documented = page.slice(start + TABLE_START.length, end);
  expect(tableCells(documented)).toEqual(tableCells(renderCatalogueTable(catalogue)));
});
