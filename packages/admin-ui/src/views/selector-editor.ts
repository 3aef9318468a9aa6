// An html source's listing selectors (and the optional article selector for full text), edited
// against a live preview: a pause in typing asks the server what the selectors read off the
// source's page, which it fetched once and keeps for a minute.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ApiError, callApi } from '../api';
import { el, gridHead } from '../dom';
import { formatDate, type Key, t } from '../i18n';

export interface EditableSource {
  id: string;
  name: string;
  url: string;
  selectors: Record<string, string> | null;
  article: { content: string; remove?: string[] } | null;
}

interface LivePreview {
  final_url: string;
  fetched_at: string;
  cached: boolean;
  total: number;
  items: Array<{ title: string; url: string | null; published_at: string | null; summary: string | null }>;
  warnings: string[];
  error: string | null;
  article: { url: string; title: string | null; text: string } | null;
}

const FIELDS: Array<[string, Key]> = [
  ['item', 'selItem'],
  ['title', 'selTitle'],
  ['link', 'selLink'],
  ['date', 'selDate'],
  ['dateAttribute', 'selDateAttribute'],
  ['summary', 'selSummary'],
  ['article', 'selArticle'],
];
const REQUIRED = ['item', 'title', 'link'];
export const PREVIEW_DELAY_MS = 400;

function initialValues(source: EditableSource): Record<string, string> {
  return { ...(source.selectors ?? {}), article: source.article?.content ?? '' };
}

function requestBody(values: Record<string, string>, source: EditableSource) {
  const selectors = Object.fromEntries(
    FIELDS.filter(([k]) => k !== 'article')
      .map(([k]) => [k, (values[k] ?? '').trim()] as const)
      .filter(([, v]) => v),
  );
  const content = (values.article ?? '').trim();
  const keep = source.article?.content === content ? source.article.remove : undefined;
  return { selectors, article: content ? { content, ...(keep ? { remove: keep } : {}) } : null };
}

export function SelectorEditor({
  source,
  notify,
  onDone,
}: {
  source: EditableSource;
  notify: (m: string) => void;
  onDone: (saved: boolean) => void;
}) {
  const [values, setValues] = useState(() => initialValues(source));
  const [preview, setPreview] = useState<LivePreview | null>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const asked = useRef(0);
  const complete = REQUIRED.every((k) => (values[k] ?? '').trim());

  useEffect(() => {
    if (!complete) return;
    const ticket = ++asked.current;
    const timer = setTimeout(() => {
      setBusy(true);
      callApi<LivePreview>('POST', `/sources/${source.id}/preview`, requestBody(values, source))
        .then((r) => {
          if (ticket !== asked.current) return;
          setPreview(r);
          setProblem('');
        })
        .catch((err: ApiError) => {
          if (ticket === asked.current) setProblem(err.message);
        })
        .finally(() => ticket === asked.current && setBusy(false));
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [JSON.stringify(values)]);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await callApi('PATCH', `/sources/${source.id}`, requestBody(values, source));
      onDone(true);
    } catch (err) {
      notify((err as Error).message);
    }
  };

  return el(
    'form',
    { class: 'card selector-editor', onSubmit: save },
    el('h2', null, `${t('selectors')}: ${source.name}`),
    el('p', null, el('small', null, source.url)),
    el(
      'div',
      { class: 'selector-fields' },
      ...FIELDS.map(([k, label]) =>
        el(
          'label',
          null,
          t(label),
          el('input', {
            name: `sel_${k}`,
            value: values[k] ?? '',
            required: REQUIRED.includes(k),
            spellcheck: false,
            onInput: (e: Event) => setValues({ ...values, [k]: (e.target as HTMLInputElement).value }),
          }),
        ),
      ),
    ),
    el(
      'div',
      { class: 'buttons' },
      el('button', { value: 'save', disabled: !complete }, t('save')),
      el('button', { type: 'button', onClick: () => onDone(false) }, t('cancel')),
    ),
    el(
      'section',
      { class: 'live-preview', 'aria-live': 'polite', 'aria-busy': busy ? 'true' : 'false' },
      el('h3', null, t('livePreview')),
      !complete ? el('p', { class: 'hint' }, t('selectorsNeeded')) : null,
      problem ? el('p', { class: 'error' }, problem) : null,
      preview
        ? el(
            'p',
            { class: 'fetched' },
            el('small', null, `${t('pageFetched')} ${formatDate(preview.fetched_at)}`),
            busy ? el('small', null, ' …') : null,
          )
        : busy
          ? el('p', null, '…')
          : null,
      preview?.error ? el('p', { class: 'error preview-error' }, preview.error) : null,
      preview?.warnings.length
        ? el('ul', { class: 'warnings' }, ...preview.warnings.map((w) => el('li', null, w)))
        : null,
      preview && !preview.error
        ? el(
            'table',
            { class: 'grid preview-items' },
            el(
              'caption',
              null,
              `${preview.total} ${t('itemsFound')}${preview.total > preview.items.length ? ` (${preview.items.length})` : ''}`,
            ),
            gridHead([t('title'), t('url'), t('date'), t('summary')]),
            el(
              'tbody',
              null,
              ...preview.items.map((i) =>
                el(
                  'tr',
                  null,
                  el('td', { class: 'title' }, i.title),
                  el('td', null, el('small', null, i.url ?? '—')),
                  el('td', null, i.published_at ? formatDate(i.published_at) : '—'),
                  el('td', null, el('small', null, i.summary ?? '')),
                ),
              ),
            ),
          )
        : null,
      preview?.article
        ? el(
            'div',
            { class: 'article-preview' },
            el('h4', null, t('articleText'), ': ', preview.article.title ?? preview.article.url),
            el('p', null, preview.article.text),
          )
        : null,
    ),
  );
}
