import { useEffect, useState } from 'preact/hooks';
import { callApi, queryString } from '../api';
import { el, gridHead } from '../dom';
import { formatDate, t } from '../i18n';

interface Entry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  rule_id: number | null;
  before: unknown;
  after: unknown;
  undone_at: string | null;
}

export function AuditView({ notify }: { notify: (m: string) => void }) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [filter, setFilter] = useState<Record<string, string>>({});
  useEffect(() => {
    callApi<{ entries: Entry[] }>('GET', `/audit${queryString(filter)}`)
      .then((r) => setEntries(r.entries))
      .catch((e) => notify(e.message));
  }, [JSON.stringify(filter)]);
  const submit = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    setFilter(Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)]).filter(([, v]) => v)));
  };
  return el(
    'div',
    { class: 'audit' },
    el(
      'form',
      { class: 'filters', onSubmit: submit },
      el('input', { name: 'actor', placeholder: t('who'), 'aria-label': t('who') }),
      el('input', { name: 'action', placeholder: t('what'), 'aria-label': t('what') }),
      el('input', { name: 'item_id', placeholder: t('item'), 'aria-label': t('item'), type: 'number' }),
      el('input', { name: 'rule_id', placeholder: t('rule'), 'aria-label': t('rule'), type: 'number' }),
      el('input', { name: 'from', type: 'date', 'aria-label': t('from') }),
      el('input', { name: 'to', type: 'date', 'aria-label': t('to') }),
      el('button', null, t('filter')),
    ),
    el(
      'table',
      { class: 'grid' },
      gridHead([t('when'), t('who'), t('what'), t('item'), t('before'), t('after')]),
      el(
        'tbody',
        null,
        ...entries.map((e) =>
          el(
            'tr',
            { key: e.id, class: e.undone_at ? 'undone' : '' },
            el('td', null, formatDate(e.at)),
            el('td', null, e.actor),
            el('td', null, e.action, e.undone_at ? ` (${t('undone')})` : ''),
            el('td', null, `${e.entity} ${e.entity_id}`),
            el('td', null, el('code', null, JSON.stringify(e.before))),
            el('td', null, el('code', null, JSON.stringify(e.after))),
          ),
        ),
      ),
    ),
  );
}
