import { type Command, Option } from 'commander';
import { print, UsageError, withRuntime } from '../context';

const ROLES = ['admin', 'curator', 'analyst'];

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

export function register(program: Command): void {
  const users = program.command('users').description('curator accounts');
  users
    .command('add')
    .description('add an account; the password is read from stdin, or generated and printed once')
    .requiredOption('--email <email>', 'login e-mail')
    .addOption(new Option('--role <role>', 'what the account may do').choices(ROLES).makeOptionMandatory())
    .option('--locale <lang>', 'interface language (en, lt, ru)', 'en')
    .action(async (opts: { email: string; role: 'admin' | 'curator' | 'analyst'; locale: string }) => {
      if (!/^[^@\s]+@[^@\s]+$/.test(opts.email))
        throw new UsageError(`--email "${opts.email}" is not an e-mail address`);
      const { hashPassword, generatePassword, MIN_PASSWORD_LENGTH } = await import('@mipas/server');
      const typed = process.stdin.isTTY ? '' : await readStdin();
      const password = typed || generatePassword();
      if (password.length < MIN_PASSWORD_LENGTH)
        throw new UsageError(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
      const { createUser } = await import('@mipas/db');
      await withRuntime(async (runtime) => {
        const user = await createUser(runtime.database.db, {
          email: opts.email,
          role: opts.role,
          locale: opts.locale,
          passwordHash: await hashPassword(password),
        });
        print(`added ${user.email} (${user.role}, id ${user.id})`);
        if (!typed) print(`password: ${password}\n(shown once; store it now)`);
      });
    });
  users
    .command('list')
    .description('list accounts')
    .action(async () => {
      const { listUsers } = await import('@mipas/db');
      const { table } = await import('../context');
      await withRuntime(async (runtime) => {
        const rows = await listUsers(runtime.database.db);
        print(
          table(
            rows.map((u) => ({
              id: u.id,
              email: u.email,
              role: u.role,
              locked: u.lockedUntil && u.lockedUntil > new Date() ? 'yes' : '',
            })),
            ['id', 'email', 'role', 'locked'],
          ),
        );
      });
    });
}
