// `mipas items approve|reject|hold <id...>`: triage from the terminal, audited as a named user.
import type { Command } from 'commander';
import { print, printJson, UsageError, withRuntime } from '../context';

const VERBS: Array<[string, string, string]> = [
  ['approve', 'approved', 'approve items (a story: its original only)'],
  ['reject', 'rejected', 'reject items'],
  ['hold', 'on_hold', 'put items on hold'],
];

interface TriageOptions {
  as: string;
  allNew?: boolean;
  source?: string;
  json?: boolean;
}

export function register(program: Command): void {
  const items = program.commands.find((c) => c.name() === 'items') ?? program.command('items');
  for (const [verb, state, description] of VERBS) {
    items
      .command(`${verb} [ids...]`)
      .description(description)
      .requiredOption('--as <email>', 'the account the audit log names')
      .option('--all-new', 'every item waiting in the inbox (with --source: of that source)')
      .option('--source <id>', 'with --all-new: only this source')
      .option('--json', 'print the outcome per item as JSON')
      .action(async (ids: string[], opts: TriageOptions) => triage(state, ids, opts));
  }
}

async function triage(state: string, ids: string[], opts: TriageOptions): Promise<void> {
  if (!opts.allNew && ids.length === 0) throw new UsageError('name item ids, or use --all-new');
  if (opts.source && !opts.allNew) throw new UsageError('--source goes with --all-new');
  const numeric = ids.map((id) => {
    const n = Number(id);
    if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`"${id}" is not an item id`);
    return n;
  });
  const { changeStatuses, findUserByEmail, listNewItemIds } = await import('@mipas/db');
  await withRuntime(async (runtime) => {
    const db = runtime.database.db;
    const user = await findUserByEmail(db, opts.as);
    if (!user) throw new UsageError(`no account ${opts.as} (add one with "mipas users add")`);
    const targets = opts.allNew ? [...numeric, ...(await listNewItemIds(db, opts.source))] : numeric;
    const outcomes = await changeStatuses(
      db,
      targets.map((id) => ({ id, to: state })),
      { userId: user.id, name: user.email },
    );
    if (opts.json)
      return printJson(
        outcomes.map((o) =>
          o.ok ? { id: o.id, ok: true, status: o.status } : { id: o.id, ok: false, error: o.message },
        ),
      );
    const done = outcomes.filter((o) => o.ok).length;
    for (const o of outcomes) if (!o.ok) print(`#${o.id}: ${o.message}`);
    print(`${done} of ${outcomes.length} items ${state.replace('_', ' ')}`);
    if (done < outcomes.length) process.exitCode = 1;
  });
}
