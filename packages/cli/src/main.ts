// The `mipas` command line: one file per command under commands/.
import { Command, CommanderError } from 'commander';
import * as configCommand from './commands/config';
import * as editionsCommand from './commands/editions';
import * as enrichCommand from './commands/enrich';
import * as fetchCommand from './commands/fetch';
import * as itemsCommand from './commands/items';
import * as migrateCommand from './commands/migrate';
import * as publishCommand from './commands/publish';
import * as reprocessCommand from './commands/reprocess';
import * as sourcesCommand from './commands/sources';
import * as startCommand from './commands/start';
import * as subscribersCommand from './commands/subscribers';
import * as triageCommand from './commands/triage';
import * as usersCommand from './commands/users';
import * as workerCommand from './commands/worker';

export function buildProgram(): Command {
  const program = new Command('mipas')
    .description('Mipas: collect, triage and publish migration, asylum, integration and return news')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      '\nWith no configuration everything runs in one process on an embedded database in ./data.\n' +
        'Set DATABASE_URL (PostgreSQL) and REDIS_URL (BullMQ) to run on servers; "mipas config" lists every setting.',
    );
  for (const command of [
    startCommand,
    migrateCommand,
    sourcesCommand,
    fetchCommand,
    itemsCommand,
    triageCommand,
    usersCommand,
    workerCommand,
    configCommand,
    enrichCommand,
    reprocessCommand,
    editionsCommand,
    subscribersCommand,
    publishCommand,
  ]) {
    command.register(program);
  }
  return program;
}

/** Errors that explain a user's mistake or the environment: printed alone, exit code 2. */
const EXPECTED_ERRORS = new Set([
  'UsageError',
  'ConfigError',
  'DataDirBusyError',
  'UnknownSourceError',
  'SourceExistsError',
  'UserExistsError',
]);

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    const expected = EXPECTED_ERRORS.has((err as Error).name);
    process.stderr.write(`mipas: ${(err as Error).message}\n`);
    if (!expected && process.env.MIPAS_LOG_LEVEL === 'debug')
      process.stderr.write(`${(err as Error).stack}\n`);
    process.exitCode = expected ? 2 : 1;
  }
}

await main(process.argv);
// Stray handles (a pool, a socket) must not keep a finished command alive.
process.exit(process.exitCode ?? 0);
