// Accounts (admins only): list, add, change role, disable or enable, reset a password. A generated
// password is shown once, right after it was made, and is not kept by the app afterwards.
import { useEffect, useState } from 'preact/hooks';
import { callApi } from '../api';
import { el, gridHead } from '../dom';
import { formatDate, type Key, t } from '../i18n';

interface User {
  id: number;
  email: string;
  role: string;
  disabled: boolean;
  created_at: string;
  last_login_at: string | null;
  locked_until: string | null;
}

const ROLES: Array<[string, Key]> = [
  ['analyst', 'roleAnalyst'],
  ['curator', 'roleCurator'],
  ['admin', 'roleAdmin'],
];

function roleSelect(value: string, props: Record<string, unknown>) {
  return el(
    'select',
    { value, ...props },
    ...ROLES.map(([role, key]) => el('option', { value: role, selected: role === value }, t(key))),
  );
}

export function UsersView({ notify, me }: { notify: (m: string) => void; me: number }) {
  const [users, setUsers] = useState<User[]>([]);
  const [secret, setSecret] = useState<{ email: string; password: string } | null>(null);
  const load = () => callApi<{ users: User[] }>('GET', '/users').then((r) => setUsers(r.users));
  useEffect(() => {
    load().catch((e) => notify(e.message));
  }, []);
  // A change to one's own role or access changes what this session may do: start over.
  const run = (work: () => Promise<unknown>, own = false) =>
    void work()
      .then(() => (own ? location.reload() : load()))
      .catch((e) => {
        notify(e.message);
        return load();
      });
  const add = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const password = String(data.get('password') ?? '');
    try {
      const r = await callApi<{ user: User; password?: string }>('POST', '/users', {
        email: String(data.get('email') ?? '').trim(),
        role: String(data.get('role')),
        ...(password ? { password } : {}),
      });
      setSecret(r.password ? { email: r.user.email, password: r.password } : null);
      form.reset();
      await load();
    } catch (err) {
      notify((err as Error).message);
    }
  };
  const reset = (user: User) =>
    run(async () => {
      if (!confirm(`${t('resetPassword')}: ${user.email}?`)) return;
      const r = await callApi<{ user: User; password?: string }>('POST', `/users/${user.id}/password`, {});
      if (r.password) setSecret({ email: user.email, password: r.password });
    });
  return el(
    'div',
    { class: 'users' },
    secret
      ? el(
          'div',
          { class: 'card secret', role: 'alert' },
          el('p', null, t('passwordOnce'), ' ', el('strong', null, secret.email)),
          el('code', { class: 'new-password' }, secret.password),
          el('div', { class: 'buttons' }, el('button', { onClick: () => setSecret(null) }, t('close'))),
        )
      : null,
    el(
      'table',
      { class: 'grid' },
      gridHead([t('email'), t('role'), t('created'), t('lastLogin'), t('state'), '']),
      el(
        'tbody',
        null,
        ...users.map((u) =>
          el(
            'tr',
            { key: u.id, 'data-email': u.email, class: u.disabled ? 'disabled' : '' },
            el('td', null, u.email, u.id === me ? el('small', null, ` (${t('you')})`) : null),
            el(
              'td',
              null,
              roleSelect(u.role, {
                'aria-label': `${t('role')} ${u.email}`,
                onChange: (e: Event) =>
                  run(
                    () => callApi('PATCH', `/users/${u.id}`, { role: (e.target as HTMLSelectElement).value }),
                    u.id === me,
                  ),
              }),
            ),
            el('td', null, formatDate(u.created_at)),
            el('td', null, u.last_login_at ? formatDate(u.last_login_at) : t('never')),
            el(
              'td',
              null,
              u.disabled
                ? t('disabled')
                : u.locked_until
                  ? `${t('lockedUntil')} ${formatDate(u.locked_until)}`
                  : t('active'),
            ),
            el(
              'td',
              null,
              el(
                'button',
                {
                  class: 'toggle',
                  onClick: () =>
                    run(() => callApi('PATCH', `/users/${u.id}`, { disabled: !u.disabled }), u.id === me),
                },
                u.disabled ? t('enable') : t('disable'),
              ),
              el('button', { class: 'reset', onClick: () => reset(u) }, t('resetPassword')),
            ),
          ),
        ),
      ),
    ),
    el(
      'form',
      { class: 'card add-user', onSubmit: add },
      el('h2', null, t('addUser')),
      el('label', null, t('email'), el('input', { name: 'email', type: 'email', required: true })),
      el('label', null, t('role'), roleSelect('curator', { name: 'role' })),
      el(
        'label',
        null,
        t('password'),
        el('input', {
          name: 'password',
          type: 'password',
          minLength: 12,
          autocomplete: 'new-password',
          placeholder: t('passwordGenerated'),
        }),
      ),
      el('div', { class: 'buttons' }, el('button', { value: 'add' }, t('add'))),
    ),
  );
}
