// Sources: health, enable/disable/trust, fetch now; add by URL with a preview of parsed items;
// listing selectors of html sources edited against a live preview (selector-editor.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import { callApi } from '../api';
import { el, gridHead } from '../dom';
import { formatDate, type Key, t } from '../i18n';
import { SelectorEditor } from './selector-editor';

interface SourceHealth {
  id: string;
  name: string;
  url: string;
  kind: string;
  enabled: boolean;
  trusted: boolean;
  selectors: Record<string, string> | null;
  article: { content: string; remove?: string[] } | null;
  last_success_at: string | null;
  error_streak: number;
  last_error: string | null;
  items_per_day: number;
}

interface Preview {
  final_url: string;
  feeds: Array<{ url: string; title?: string | null }>;
  items: Array<{ title: string; url: string | null; published_at: string | null }>;
  error: string | null;
}

const SELECTOR_LABELS: Record<string, Key> = {
  item: 'selItem',
  title: 'selTitle',
  link: 'selLink',
  date: 'selDate',
  dateAttribute: 'selDateAttribute',
  summary: 'selSummary',
};
const SELECTOR_KEYS = Object.keys(SELECTOR_LABELS);

function readSelectors(form: FormData): Record<string, string> | undefined {
  const entries = SELECTOR_KEYS.map((k) => [k, String(form.get(`sel_${k}`) ?? '').trim()] as const).filter(
    ([, v]) => v,
  );
  const selectors = Object.fromEntries(entries);
  return selectors.item && selectors.title && selectors.link ? selectors : undefined;
}

function PreviewList({ preview, onPick }: { preview: Preview | null; onPick: (url: string) => void }) {
  if (!preview) return null;
  return el(
    'div',
    { class: 'preview' },
    preview.error ? el('p', { class: 'error' }, preview.error) : null,
    preview.feeds.length
      ? el(
          'div',
          { class: 'feeds' },
          el('h3', null, t('feeds')),
          el(
            'ul',
            null,
            ...preview.feeds.map((f) =>
              el(
                'li',
                null,
                el(
                  'button',
                  { type: 'button', class: 'use-feed', onClick: () => onPick(f.url) },
                  t('useFeed'),
                ),
                ' ',
                f.title ? `${f.title} ` : '',
                el('code', null, f.url),
              ),
            ),
          ),
        )
      : null,
    el(
      'ol',
      null,
      ...preview.items.map((i) =>
        el('li', null, i.title, ' ', el('small', null, formatDate(i.published_at))),
      ),
    ),
  );
}

export function SourcesView({ notify }: { notify: (m: string) => void }) {
  const [sources, setSources] = useState<SourceHealth[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [editing, setEditing] = useState<SourceHealth | null>(null);
  const addForm = useRef<HTMLFormElement>(null);
  const load = () =>
    callApi<{ sources: SourceHealth[] }>('GET', '/sources').then((r) => setSources(r.sources));
  useEffect(() => void load(), []);
  const run = (work: () => Promise<unknown>) => () =>
    void work()
      .then(load)
      .catch((e) => notify(e.message));
  const previewForm = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const body: Record<string, unknown> = { url: String(data.get('url')) };
    const selectors = readSelectors(data);
    if (selectors) body.selectors = selectors;
    setPreview(await callApi<Preview>('POST', '/sources/preview', body));
  };
  const add = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    try {
      if (submitter?.value === 'preview') return await previewForm(form);
      const selectors = readSelectors(data);
      await callApi('POST', '/sources', {
        url: String(data.get('url')),
        name: String(data.get('name')),
        ...(selectors ? { selectors } : {}),
      });
      setPreview(null);
      form.reset();
      await load();
    } catch (err) {
      notify((err as Error).message);
    }
  };
  const selectorFields = () =>
    SELECTOR_KEYS.map((k) => el('label', null, t(SELECTOR_LABELS[k]!), el('input', { name: `sel_${k}` })));
  return el(
    'div',
    { class: 'sources' },
    el(
      'table',
      { class: 'grid' },
      gridHead([
        t('name'),
        t('kind'),
        t('lastSuccess'),
        t('errorStreak'),
        t('lastError'),
        t('itemsPerDay'),
        t('enabled'),
        t('trusted'),
        '',
      ]),
      el(
        'tbody',
        null,
        ...sources.map((s) =>
          el(
            'tr',
            { key: s.id, class: s.error_streak ? 'failing' : '' },
            el('td', null, s.name, el('br', null), el('small', null, s.url)),
            el('td', null, s.kind),
            el('td', null, formatDate(s.last_success_at)),
            el('td', null, String(s.error_streak)),
            el('td', { class: 'error-text' }, s.last_error ?? ''),
            el('td', null, String(s.items_per_day)),
            el(
              'td',
              null,
              el(
                'button',
                { onClick: run(() => callApi('PATCH', `/sources/${s.id}`, { enabled: !s.enabled })) },
                s.enabled ? t('disable') : t('enable'),
              ),
            ),
            el(
              'td',
              null,
              el('input', {
                type: 'checkbox',
                checked: s.trusted,
                'aria-label': t('trusted'),
                onChange: run(() => callApi('PATCH', `/sources/${s.id}`, { trusted: !s.trusted })),
              }),
            ),
            el(
              'td',
              null,
              el('button', { onClick: run(() => callApi('POST', `/sources/${s.id}/fetch`)) }, t('fetchNow')),
              s.kind === 'html'
                ? el('button', { class: 'edit-selectors', onClick: () => setEditing(s) }, t('selectors'))
                : null,
            ),
          ),
        ),
      ),
    ),
    editing
      ? el(SelectorEditor, {
          key: editing.id,
          source: editing,
          notify,
          onDone: (saved: boolean) => {
            setEditing(null);
            if (saved) void load();
          },
        })
      : null,
    el(
      'form',
      { class: 'card add-source', onSubmit: add, ref: addForm },
      el('h2', null, t('addSource')),
      el('label', null, t('url'), el('input', { name: 'url', type: 'url', required: true })),
      el('label', null, t('name'), el('input', { name: 'name', required: true })),
      el('details', null, el('summary', null, `${t('selectors')} (html)`), ...selectorFields()),
      el(
        'div',
        { class: 'buttons' },
        el('button', { value: 'preview' }, t('preview')),
        el('button', { value: 'add' }, t('add')),
      ),
    ),
    el(PreviewList, {
      preview,
      // A discovered feed replaces the page's address in the form and is previewed in turn.
      onPick: (url: string) => {
        const form = addForm.current;
        if (!form) return;
        (form.elements.namedItem('url') as HTMLInputElement).value = url;
        previewForm(form).catch((err) => notify((err as Error).message));
      },
    }),
  );
}
