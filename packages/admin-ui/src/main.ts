// The curator web app: log in, then inbox, dashboard, sources, rules and, for admins, the audit
// log, users and outbound events.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, callApi, setCsrfToken } from './api';
import { el } from './dom';
import { type Key, setUiLanguage, t, UI_LANGUAGES, uiLanguage } from './i18n';
import { dismissRefusal, type QueueState, watchQueue } from './queue';
import { AuditView } from './views/audit';
import { DashboardView } from './views/dashboard';
import { InboxView } from './views/inbox';
import { LoginView, type SessionInfo } from './views/login';
import { OutboundView } from './views/outbound';
import { RulesView } from './views/rules';
import { SourcesView } from './views/sources';
import { UsersView } from './views/users';

const PAGES: Array<[string, Key]> = [
  ['inbox', 'inbox'],
  ['dashboard', 'dashboard'],
  ['sources', 'sources'],
  ['rules', 'rules'],
  ['audit', 'audit'],
  ['users', 'users'],
  ['outbound', 'outbound'],
];
/** Pages for admins only; the others do not see them in the navigation (and the API refuses them). */
const ADMIN_PAGES = new Set(['audit', 'users', 'outbound']);

function readPage(): string {
  return location.hash.replace(/^#\/?/, '') || 'inbox';
}

function SaveStatus() {
  const [state, setState] = useState<QueueState>({ pending: 0, retrying: null, refused: null });
  useEffect(() => watchQueue(setState), []);
  return el(
    'div',
    { class: 'save-status', role: 'status', 'aria-live': 'polite' },
    state.pending ? el('span', { class: 'pending' }, `${t('saving')} (${state.pending})`) : null,
    state.retrying ? el('span', { class: 'retrying' }, `${t('saveFailed')}: ${state.retrying}`) : null,
    state.refused
      ? el(
          'span',
          { class: 'refused', role: 'alert' },
          state.refused,
          el('button', { onClick: dismissRefusal, 'aria-label': t('close') }, '×'),
        )
      : null,
  );
}

function App() {
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);
  const [page, setPage] = useState(readPage());
  const [message, setMessage] = useState('');
  const [, setLang] = useState(uiLanguage());
  useEffect(() => {
    callApi<SessionInfo>('GET', '/session')
      .then((s) => {
        setCsrfToken(s.csrf);
        setSession(s);
      })
      .catch((err) =>
        err instanceof ApiError && err.status === 401 ? setSession(null) : setMessage(err.message),
      );
    const onHash = () => setPage(readPage());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  if (session === undefined) return el('p', null, '…');
  if (session === null) return el(LoginView, { onLogin: setSession });
  const logout = async () => {
    await callApi('POST', '/logout').catch(() => undefined);
    setSession(null);
  };
  const notify = (m: string) => setMessage(m);
  const views: Record<string, () => ReturnType<typeof el>> = {
    inbox: () => el(InboxView, { notify }),
    dashboard: () => el(DashboardView, null),
    sources: () => el(SourcesView, { notify }),
    rules: () => el(RulesView, { notify }),
    audit: () => el(AuditView, { notify }),
    users: () => el(UsersView, { notify, me: session.user.id }),
    outbound: () => el(OutboundView, { notify }),
  };
  const isAdmin = session.user.role === 'admin';
  const shown = (p: string) => isAdmin || !ADMIN_PAGES.has(p);
  return el(
    'div',
    { class: 'app' },
    el(
      'header',
      null,
      el('strong', { class: 'brand' }, 'Mipas'),
      el(
        'nav',
        null,
        ...PAGES.filter(([p]) => shown(p)).map(([p, key]) =>
          el('a', { href: `#/${p}`, class: p === page ? 'active' : '' }, t(key)),
        ),
      ),
      el(SaveStatus, null),
      el(
        'select',
        {
          'aria-label': 'language',
          value: uiLanguage(),
          onChange: (e: Event) => {
            setUiLanguage((e.target as HTMLSelectElement).value);
            setLang((e.target as HTMLSelectElement).value);
          },
        },
        ...UI_LANGUAGES.map((l) => el('option', { value: l }, l.toUpperCase())),
      ),
      el('span', { class: 'user' }, session.user.email),
      el('button', { onClick: logout }, t('logout')),
    ),
    message ? el('p', { class: 'message', role: 'alert', onClick: () => setMessage('') }, message) : null,
    el('main', null, (shown(page) && views[page] ? views[page] : views.inbox!)()),
  );
}

render(el(App, null), document.getElementById('app')!);
