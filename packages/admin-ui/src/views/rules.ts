// Rules: write conditions and an action, see the dry run over the last 30 days, then save.
import { useEffect, useState } from 'preact/hooks';
import { callApi } from '../api';
import { el } from '../dom';
import { formatDate, t } from '../i18n';

interface Rule {
  id: number;
  name: string;
  conditions: Record<string, unknown>;
  action: Record<string, unknown>;
  enabled: boolean;
}

interface DryRun {
  count: number;
  sample: Array<{ id: number; title: string; source: string; published_at: string }>;
}

const list = (value: FormDataEntryValue | null) =>
  String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function readRule(form: FormData) {
  const conditions: Record<string, unknown> = {};
  for (const key of ['sources', 'languages', 'topics', 'countries', 'words']) {
    const values = list(form.get(key));
    if (values.length) conditions[key] = values;
  }
  const min = String(form.get('minRelevance') ?? '');
  if (min) conditions.minRelevance = Number(min);
  const regex = String(form.get('regex') ?? '');
  if (regex) conditions.regex = regex;
  const type = String(form.get('action'));
  const action: Record<string, unknown> = { type };
  if (type === 'tag') {
    const [kind, slug] = String(form.get('tag') ?? '').split(':');
    Object.assign(action, slug ? { kind, slug } : { kind: 'topic', slug: kind });
  }
  if (type === 'priority') action.value = Number(form.get('priority') ?? 0);
  return { name: String(form.get('name') ?? ''), conditions, action };
}

export function RulesView({ notify }: { notify: (m: string) => void }) {
  const [rules, setRules] = useState<Rule[]>([]);
  const [dry, setDry] = useState<DryRun | null>(null);
  const load = () => callApi<{ rules: Rule[] }>('GET', '/rules').then((r) => setRules(r.rules));
  useEffect(() => void load(), []);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const rule = readRule(new FormData(form));
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    try {
      if (submitter?.value === 'save') {
        await callApi('POST', '/rules', rule);
        setDry(null);
        form.reset();
        await load();
      } else {
        setDry(
          await callApi<DryRun>('POST', '/rules/dry-run', {
            conditions: rule.conditions,
            action: rule.action,
          }),
        );
      }
    } catch (err) {
      notify((err as Error).message);
    }
  };
  const field = (name: string, label: string, attrs: Record<string, unknown> = {}) =>
    el('label', null, label, el('input', { name, ...attrs }));
  const ruleAction = (id: number, what: 'apply' | 'undo') => async () => {
    try {
      const r = await callApi<Record<string, number>>('POST', `/rules/${id}/${what}`);
      notify(JSON.stringify(r));
    } catch (err) {
      notify((err as Error).message);
    }
  };
  return el(
    'div',
    { class: 'rules' },
    el(
      'form',
      { class: 'card rule-form', onSubmit: submit },
      el('h2', null, t('rules')),
      field('name', t('ruleName'), { required: true }),
      field('sources', `${t('sources')} (id, …)`),
      field('languages', `${t('language')} (lt, en, …)`),
      field('topics', `${t('topic')} (slug, …)`),
      field('countries', `${t('country')} (slug, …)`),
      field('minRelevance', t('minRelevance'), { type: 'number', step: '0.05', min: 0, max: 1 }),
      field('words', t('words')),
      field('regex', t('regex')),
      el(
        'label',
        null,
        t('action'),
        el(
          'select',
          { name: 'action' },
          ...(
            [
              ['reject', 'reject'],
              ['hold', 'hold'],
              ['tag', 'actionTag'],
              ['priority', 'actionPriority'],
              ['approve', 'approve'],
            ] as const
          ).map(([a, key]) => el('option', { value: a }, t(key))),
        ),
      ),
      field('tag', t('tagField')),
      field('priority', t('priority'), { type: 'number', min: -10, max: 10 }),
      el(
        'div',
        { class: 'buttons' },
        el('button', { value: 'dry' }, t('dryRun')),
        el('button', { value: 'save' }, t('saveRule')),
      ),
    ),
    dry
      ? el(
          'section',
          { class: 'dry-run' },
          el('h3', null, `${dry.count} ${t('wouldHit')}`),
          el(
            'ul',
            null,
            ...dry.sample.map((s) =>
              el(
                'li',
                { key: s.id },
                `#${s.id} `,
                s.title,
                el('small', null, ` ${s.source} · ${formatDate(s.published_at)}`),
              ),
            ),
          ),
        )
      : null,
    el(
      'table',
      { class: 'grid' },
      el(
        'tbody',
        null,
        ...rules.map((r) =>
          el(
            'tr',
            { key: r.id },
            el('td', null, `#${r.id} `, r.name),
            el('td', null, el('code', null, JSON.stringify(r.conditions))),
            el('td', null, el('code', null, JSON.stringify(r.action))),
            el(
              'td',
              null,
              el('button', { onClick: ruleAction(r.id, 'apply') }, t('apply')),
              el('button', { onClick: ruleAction(r.id, 'undo') }, t('undoRule')),
            ),
          ),
        ),
      ),
    ),
  );
}
