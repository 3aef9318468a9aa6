// Outbound events (admins only): webhook calls, Mastodon and Bluesky posts and WebSub pings,
// failed ones first, with their attempts and last error; a failed one can be queued again.
import { useEffect, useState } from 'preact/hooks';
import { callApi, queryString } from '../api';
import { el, gridHead } from '../dom';
import { formatDate, type Key, t } from '../i18n';

interface OutboundEvent {
  id: number;
  channel: string;
  target: string;
  event: string;
  subject: string;
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string | null;
  created_at: string;
  sent_at: string | null;
}

const STATUSES: Array<[string, Key]> = [
  ['', 'failedFirst'],
  ['failed', 'statusFailed'],
  ['pending', 'statusPending'],
  ['sending', 'statusSending'],
  ['sent', 'statusSent'],
];
const STATUS_LABEL = Object.fromEntries(STATUSES.filter(([s]) => s)) as Record<string, Key>;

export function OutboundView({ notify }: { notify: (m: string) => void }) {
  const [events, setEvents] = useState<OutboundEvent[] | null>(null);
  const [status, setStatus] = useState('');
  const load = () =>
    callApi<{ events: OutboundEvent[] }>('GET', `/outbound${queryString({ status })}`)
      .then((r) => setEvents(r.events))
      .catch((e) => notify(e.message));
  useEffect(() => void load(), [status]);
  const retry = (id: number) =>
    void callApi('POST', `/outbound/${id}/retry`, {})
      .catch((e) => notify(e.message))
      .then(load);
  return el(
    'div',
    { class: 'outbound' },
    el(
      'div',
      { class: 'filters' },
      el(
        'select',
        {
          name: 'status',
          'aria-label': t('state'),
          value: status,
          onChange: (e: Event) => setStatus((e.target as HTMLSelectElement).value),
        },
        ...STATUSES.map(([s, key]) => el('option', { value: s, selected: s === status }, t(key))),
      ),
      el('button', { onClick: () => void load() }, t('reload')),
    ),
    events && events.length === 0 ? el('p', { class: 'empty' }, t('noEvents')) : null,
    el(
      'table',
      { class: 'grid' },
      gridHead([
        t('when'),
        t('channel'),
        t('target'),
        t('what'),
        t('state'),
        t('attempts'),
        t('lastError'),
        t('nextAttempt'),
        '',
      ]),
      el(
        'tbody',
        null,
        ...(events ?? []).map((e) =>
          el(
            'tr',
            { key: e.id, 'data-id': e.id, class: e.status === 'failed' ? 'failing' : '' },
            el('td', null, formatDate(e.created_at)),
            el('td', null, e.channel),
            el('td', null, el('small', null, e.target)),
            el('td', null, e.event, el('br', null), el('small', null, e.subject)),
            el(
              'td',
              { class: 'status' },
              STATUS_LABEL[e.status] ? t(STATUS_LABEL[e.status]!) : e.status,
              e.sent_at ? el('small', null, ` ${formatDate(e.sent_at)}`) : null,
            ),
            el('td', null, String(e.attempts)),
            el('td', { class: 'error-text' }, e.last_error ?? ''),
            el('td', null, formatDate(e.next_attempt_at)),
            el(
              'td',
              null,
              e.status === 'failed'
                ? el('button', { class: 'retry', onClick: () => retry(e.id) }, t('retry'))
                : null,
            ),
          ),
        ),
      ),
    ),
  );
}
