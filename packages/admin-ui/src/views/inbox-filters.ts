import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { callApi } from '../api';
import { el } from '../dom';
import { stateLabel, t } from '../i18n';
import type { Filters } from '../model';

const STATES = ['new', 'on_hold', 'approved', 'rejected', 'duplicate', 'withdrawn', 'all'];

export function FilterBar({
  filters,
  onChange,
  searchRef,
}: {
  filters: Filters;
  onChange: (f: Filters) => void;
  searchRef: RefObject<HTMLInputElement>;
}) {
  const [sources, setSources] = useState<Array<{ id: string; name: string }>>([]);
  useEffect(() => {
    callApi<{ sources: Array<{ id: string; name: string }> }>('GET', '/sources')
      .then((r) => setSources(r.sources))
      .catch(() => setSources([]));
  }, []);
  const set = (key: keyof Filters) => (event: Event) =>
    onChange({ ...filters, [key]: (event.target as HTMLInputElement).value });
  const submitSearch = (event: Event) => {
    event.preventDefault();
    const value = new FormData(event.target as HTMLFormElement).get('q');
    onChange({ ...filters, q: String(value ?? '') });
    searchRef.current?.blur();
  };
  const select = (key: keyof Filters, label: string, options: Array<[string, string]>) =>
    el(
      'select',
      { 'aria-label': label, value: filters[key], onChange: set(key) },
      ...options.map(([v, text]) => el('option', { value: v }, text)),
    );
  const input = (key: keyof Filters, label: string, type = 'text') =>
    el('input', {
      'aria-label': label,
      placeholder: label,
      type,
      value: filters[key],
      onChange: set(key),
      class: `filter-${key}`,
    });
  return el(
    'div',
    { class: 'filters' },
    el(
      'form',
      { class: 'search', onSubmit: submitSearch, role: 'search' },
      el('input', {
        name: 'q',
        ref: searchRef,
        placeholder: `/ ${t('search')}`,
        'aria-label': t('search'),
        value: filters.q,
      }),
    ),
    select(
      'status',
      t('state'),
      STATES.map((s) => [s, s === 'all' ? t('allStates') : stateLabel(s)]),
    ),
    select('sort', 'sort', [
      ['newest', t('newest')],
      ['relevance', t('relevant')],
    ]),
    select('source', t('source'), [
      ['', t('anySource')],
      ...sources.map((s): [string, string] => [s.id, s.name]),
    ]),
    select('language', t('language'), [
      ['', t('anyLanguage')],
      ['lt', 'lt'],
      ['en', 'en'],
      ['ru', 'ru'],
      ['uk', 'uk'],
      ['de', 'de'],
      ['fr', 'fr'],
    ]),
    input('topic', t('topic')),
    input('country', t('country')),
    input('from', t('from'), 'date'),
    input('to', t('to'), 'date'),
    input('min_relevance', t('minRelevance'), 'number'),
  );
}
