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
              disabled: u.disabled ? 'yes' : '',
              locked: u.lockedUntil && u.lockedUntil > new Date() ? 'yes' : '',
              'last login': u.lastLoginAt ? u.lastLoginAt.toISOString().slice(0, 16).replace('T', ' ') : '',
            })),
            ['id', 'email', 'role', 'disabled', 'locked', 'last login'],
          ),
        );
      });
    });
  users
    .command('set')
    .description("change an account's role, or disable or enable it (a disabled account's sessions end)")
    .argument('<email>', 'the account')
    .addOption(new Option('--role <role>', 'new role').choices(ROLES))
    .addOption(new Option('--disable', 'refuse its logins and end its sessions').conflicts('enable'))
    .option('--enable', 'allow its logins again')
    .action(async (email: string, opts: { role?: UserRole; disable?: boolean; enable?: boolean }) => {
      if (opts.role === undefined && !opts.disable && !opts.enable)
        throw new UsageError('nothing to change: give --role, --disable or --enable');
      const change = {
        ...(opts.role ? { role: opts.role } : {}),
        ...(opts.disable ? { disabled: true } : opts.enable ? { disabled: false } : {}),
      };
      await changeAccount(email, change, 'user.update', (before, after) => ({
        before: auditView(before),
        after: auditView(after),
      }));
    });
  users
    .command('password')
    .description("set an account's password (from stdin, or generated and printed once); its sessions end")
    .argument('<email>', 'the account')
    .action(async (email: string) => {
      const { hashPassword, generatePassword, MIN_PASSWORD_LENGTH } = await import('@mipas/server');
      const typed = process.stdin.isTTY ? '' : await readStdin();
      const password = typed || generatePassword();
      if (password.length < MIN_PASSWORD_LENGTH)
        throw new UsageError(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
      await changeAccount(
        email,
        { passwordHash: await hashPassword(password) },
        'user.password',
        (_b, after) => ({
          before: null,
          after: { email: after.email, password: typed ? 'set from the terminal' : 'generated' },
        }),
      );
      if (!typed) print(`password: ${password}\n(shown once; store it now)`);
    });
}

type UserRole = 'admin' | 'curator' | 'analyst';
type Account = { id: number; email: string; role: string; disabled: boolean };

/** What the audit log keeps of an account: never its password or hash. */
function auditView(u: Account) {
  return { email: u.email, role: u.role, disabled: u.disabled };
}

/** Applies a change to the account with this e-mail, audited as the terminal; its sessions end when it loses access. */
async function changeAccount(
  email: string,
  change: { role?: UserRole; disabled?: boolean; passwordHash?: string },
  action: string,
  describe: (
    before: Account,
    after: Account,
  ) => { before: Record<string, unknown> | null; after: Record<string, unknown> },
): Promise<void> {
  const { changeUser, findUserByEmail, LastAdminError, revokeUserSessions } = await import('@mipas/db');
  await withRuntime(async (runtime) => {
    const db = runtime.database.db;
    const user = await findUserByEmail(db, email);
    if (!user) throw new UsageError(`no account with e-mail "${email}" (see "mipas users list")`);
    let changed: Awaited<ReturnType<typeof changeUser>>;
    try {
      changed = await changeUser(db, user.id, change, (before, after) => [
        {
          userId: null,
          actor: 'cli',
          action,
          entity: 'user',
          entityId: String(after.id),
          ...describe(before, after),
        },
      ]);
    } catch (err) {
      if (err instanceof LastAdminError) throw new UsageError(err.message);
      throw err;
    }
    if (!changed) throw new UsageError(`no account with e-mail "${email}"`);
    const { after } = changed;
    const ended = after.disabled || change.passwordHash ? await revokeUserSessions(db, after.id) : 0;
    print(
      `${after.email}: ${after.role}${after.disabled ? ', disabled' : ''}${change.passwordHash ? ', new password' : ''}` +
        (ended ? ` (${ended} session${ended === 1 ? '' : 's'} ended)` : ''),
    );
  });
}
