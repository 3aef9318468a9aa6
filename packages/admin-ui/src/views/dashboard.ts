import { useEffect, useState } from 'preact/hooks';
import { callApi } from '../api';
import { el } from '../dom';
import { formatDate, stateLabel, t } from '../i18n';
import { BarChart, DayChart } from './charts';

interface DashboardData {
  backlog: Array<{ status: string; count: number }>;
  per_day: Array<{ day: string; source: string; count: number }>;
  approval: Array<{ source: string; name: string; approved: number; decided: number }>;
  failing: Array<{
    id: string;
    name: string;
    failures: number;
    last_error: string | null;
    last_success_at: string | null;
  }>;
}

export function DashboardView() {
  const [data, setData] = useState<DashboardData | null>(null);
  useEffect(() => {
    void callApi<DashboardData>('GET', '/dashboard').then(setData);
  }, []);
  if (!data) return el('p', null, '…');
  return el(
    'div',
    { class: 'dashboard' },
    el(
      'section',
      null,
      el('h2', null, t('backlog')),
      el(BarChart, { label: t('backlog'), rows: data.backlog.map((b) => [stateLabel(b.status), b.count]) }),
    ),
    el(
      'section',
      null,
      el('h2', null, t('perDay')),
      el(DayChart, { label: t('perDay'), points: data.per_day }),
    ),
    el(
      'section',
      null,
      el('h2', null, t('approval')),
      el(BarChart, {
        label: t('approval'),
        suffix: ' %',
        rows: data.approval
          .filter((a) => a.decided > 0)
          .map((a) => [a.name, Math.round((100 * a.approved) / a.decided)]),
      }),
    ),
    el(
      'section',
      null,
      el('h2', null, t('failing')),
      data.failing.length === 0
        ? el('p', null, t('none'))
        : el(
            'table',
            null,
            el(
              'tbody',
              null,
              ...data.failing.map((f) =>
                el(
                  'tr',
                  { key: f.id },
                  el('td', null, f.name),
                  el('td', null, String(f.failures)),
                  el('td', null, f.last_error ?? ''),
                  el('td', null, formatDate(f.last_success_at)),
                ),
              ),
            ),
          ),
    ),
  );
}
