// Updates many rows of a table, each with its own values, in one statement per set of changed
// columns: `update t set c = r.c from jsonb_to_recordset($1) as r(id ..., c ...) where t.id = r.id`.
// The rows travel as one JSON parameter, so the statement has a fixed number of parameters
// however many rows it changes, on PGlite and on PostgreSQL alike.
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client';

/** Rows per statement. */
const CHUNK = 2000;

export interface RowPatch<P> {
  id: string | number;
  patch: P;
}

/** The column's type as a record field: serial types are their integers. */
function fieldType(column: PgColumn): string {
  const type = column.getSQLType();
  return (
    ({ bigserial: 'bigint', serial: 'integer', smallserial: 'smallint' } as Record<string, string>)[type] ??
    type
  );
}

function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array)
    throw new Error('updateRows: bytes cannot travel as JSON; update them one by one');
  return value ?? null;
}

/**
 * Applies each row's patch (property names as in the drizzle table) where `idColumn` equals
 * its id. Patches that change the same columns share a statement.
 */
export async function updateRows<T extends PgTable, P extends Record<string, unknown>>(
  db: Db,
  table: T,
  idColumn: PgColumn,
  rows: Array<RowPatch<P>>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  // Two patches of one row become one (the later wins), so no row is matched twice.
  const merged = new Map<string | number, RowPatch<P>>();
  for (const row of rows) {
    const known = merged.get(row.id);
    merged.set(row.id, known ? { id: row.id, patch: { ...known.patch, ...row.patch } } : row);
  }
  const groups = new Map<string, Array<RowPatch<P>>>();
  for (const row of merged.values()) {
    const keys = Object.keys(row.patch)
      .filter((k) => row.patch[k] !== undefined)
      .sort();
    for (const k of keys) if (!columns[k]) throw new Error(`updateRows: ${k} is not a column`);
    const signature = keys.join(',');
    const group = groups.get(signature);
    if (group) group.push(row);
    else groups.set(signature, [row]);
  }
  for (const [signature, group] of groups) {
    if (!signature) continue;
    const keys = signature.split(',');
    const cols = keys.map((k) => columns[k]!);
    const sets: SQL[] = cols.map((c) => sql`${sql.identifier(c.name)} = r.${sql.identifier(c.name)}`);
    const recordType: SQL[] = [
      sql`__id ${sql.raw(fieldType(idColumn))}`,
      ...cols.map((c) => sql`${sql.identifier(c.name)} ${sql.raw(fieldType(c))}`),
    ];
    for (let i = 0; i < group.length; i += CHUNK) {
      const json = group.slice(i, i + CHUNK).map((row) => {
        const record: Record<string, unknown> = { __id: row.id };
        keys.forEach((k, j) => {
          record[cols[j]!.name] = jsonValue(row.patch[k]);
        });
        return record;
      });
      await db.execute(sql`update ${table} set ${sql.join(sets, sql`, `)}
        from jsonb_to_recordset(${JSON.stringify(json)}::jsonb) as r(${sql.join(recordType, sql`, `)})
        where ${idColumn} = r.__id`);
    }
  }
}
