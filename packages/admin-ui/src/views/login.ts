import { useState } from 'preact/hooks';
import { callApi, setCsrfToken } from '../api';
import { el } from '../dom';
import { t } from '../i18n';

export interface SessionInfo {
  user: { id: number; email: string; role: string; locale: string };
  csrf: string;
}

export function LoginView({ onLogin }: { onLogin: (s: SessionInfo) => void }) {
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    try {
      const { csrf } = await callApi<{ csrf: string }>('GET', '/login');
      setCsrfToken(csrf);
      const session = await callApi<SessionInfo>('POST', '/login', {
        email: form.get('email'),
        password: form.get('password'),
      });
      setCsrfToken(session.csrf);
      onLogin(session);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return el(
    'form',
    { class: 'login', onSubmit: submit },
    el('h1', null, 'Mipas'),
    el(
      'label',
      null,
      t('email'),
      el('input', { name: 'email', type: 'email', autocomplete: 'username', required: true }),
    ),
    el(
      'label',
      null,
      t('password'),
      el('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
    ),
    error ? el('p', { class: 'error', role: 'alert' }, error) : null,
    el('button', { type: 'submit' }, t('login')),
  );
}
