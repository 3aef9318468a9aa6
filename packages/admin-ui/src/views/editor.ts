// The item editor: title and summary per language beside the fetched original, primary country,
// note and "featured". Ctrl+Enter saves, Esc closes.
import { useEffect, useRef } from 'preact/hooks';
import { el } from '../dom';
import { t } from '../i18n';
import type { InboxItem } from '../model';

const LANGS = ['lt', 'en', 'ru'];

export function ItemEditor({
  item,
  onSave,
  onClose,
}: {
  item: InboxItem;
  onSave: (patch: Record<string, unknown>) => void;
  onClose: () => void;
}) {
  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const titles: Record<string, string> = {};
    const summaries: Record<string, string> = {};
    for (const lang of LANGS) {
      titles[lang] = String(form.get(`title_${lang}`) ?? '');
      summaries[lang] = String(form.get(`summary_${lang}`) ?? '');
    }
    onSave({
      titles,
      summaries,
      note: String(form.get('note') ?? ''),
      featured: form.get('featured') === 'on',
      primary_country: String(form.get('primary_country') ?? ''),
    });
  };
  const form = useFocusFirst();
  const keydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey))
      (event.currentTarget as HTMLFormElement).requestSubmit();
  };
  return el(
    'div',
    { class: 'overlay', role: 'dialog', 'aria-label': t('edit') },
    el(
      'form',
      { class: 'dialog editor', onSubmit: submit, onKeyDown: keydown, ref: form },
      el('h2', null, `${t('edit')} #${item.id}`),
      el('p', { class: 'original' }, el('strong', null, `${t('original')}: `), item.title),
      ...LANGS.map((lang) =>
        el(
          'fieldset',
          null,
          el('legend', null, lang.toUpperCase()),
          el(
            'label',
            null,
            t('title'),
            el('input', { name: `title_${lang}`, value: item.titles[lang] ?? '', autofocus: lang === 'lt' }),
          ),
          el(
            'label',
            null,
            t('summary'),
            el('textarea', { name: `summary_${lang}`, rows: 2, value: item.summaries[lang] ?? '' }),
          ),
        ),
      ),
      el(
        'label',
        null,
        t('primaryCountry'),
        el('input', { name: 'primary_country', value: item.primary_country ?? '' }),
      ),
      el('label', null, t('note'), el('textarea', { name: 'note', rows: 2, value: item.note ?? '' })),
      el(
        'label',
        { class: 'inline' },
        el('input', { type: 'checkbox', name: 'featured', checked: item.featured }),
        t('featured'),
      ),
      el(
        'div',
        { class: 'buttons' },
        el('button', { type: 'submit' }, t('save')),
        el('button', { type: 'button', onClick: onClose }, t('cancel')),
      ),
    ),
  );
}

/** A one-line prompt (tag, duplicate-of id): Enter answers, Esc closes. */
export function Prompt({
  label,
  onAnswer,
  onClose,
}: {
  label: string;
  onAnswer: (text: string) => void;
  onClose: () => void;
}) {
  const form = useFocusFirst();
  const submit = (event: Event) => {
    event.preventDefault();
    onAnswer(String(new FormData(event.target as HTMLFormElement).get('answer') ?? ''));
  };
  return el(
    'div',
    { class: 'overlay', role: 'dialog', 'aria-label': label },
    el(
      'form',
      { class: 'dialog prompt', onSubmit: submit, ref: form },
      el('label', null, label, el('input', { name: 'answer', autofocus: true, autocomplete: 'off' })),
      el(
        'div',
        { class: 'buttons' },
        el('button', { type: 'submit' }, 'OK'),
        el('button', { type: 'button', onClick: onClose }, t('cancel')),
      ),
    ),
  );
}

/** Dialogs inserted after load do not honour `autofocus`; focus their first field by hand. */
function useFocusFirst() {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLInputElement>('input, textarea')?.focus();
  }, []);
  return ref;
}
