// Rewrites the catalogue table in docs/sources.md from the source files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCatalogueTable, replaceCatalogueTable } from '../src/catalogue-table';
import { catalogue } from '../src/index';

const path = join(import.meta.dirname, '..', '..', 'docs', 'sources.md');
writeFileSync(path, replaceCatalogueTable(readFileSync(path, 'utf8'), renderCatalogueTable(catalogue)));
console.log(`wrote ${catalogue.length} sources to ${path}`);
