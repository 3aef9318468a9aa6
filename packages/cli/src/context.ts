// What every command needs: the validated configuration and, for most, an open runtime.
import { type Config, loadConfig } from '@mipas/core';
import type { Runtime, RuntimeOptions } from '@mipas/pipeline';

export function config(): Config {
  return loadConfig(process.env);
}

/** Opens a runtime, runs `body`, and always closes the runtime again. */
export async function withRuntime<T>(
  body: (runtime: Runtime) => Promise<T>,
  options: RuntimeOptions = {},
): Promise<T> {
  // Loaded here, not at the top: `mipas --help` should not pay for the database and queue code.
  const { openRuntime } = await import('@mipas/pipeline');
  const runtime = await openRuntime(config(), options);
  try {
    return await body(runtime);
  } finally {
    await runtime.close();
  }
}

/** Writes command output (tables, JSON) to stdout; logs go to stderr. */
export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}

/** Renders rows as an aligned text table. */
export function table(rows: Array<Record<string, unknown>>, columns: string[]): string {
  const cells = rows.map((row) =>
    columns.map((c) => (row[c] === null || row[c] === undefined ? '' : String(row[c]))),
  );
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => Math.min(r[i]!.length, 80))));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.slice(0, 80).padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.toUpperCase())), ...cells.map(line)].join('\n');
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parsePositiveInt(value: string, name: string, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${name} must be a positive whole number, got "${value}"`);
  if (n > max) throw new UsageError(`${name} must be at most ${max}, got ${value}`);
  return n;
}
