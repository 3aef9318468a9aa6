// The reading pane: the item's texts (the curator's and the original), tags, story members, actions.
import { useEffect, useState } from 'preact/hooks';
import { callApi } from '../api';
import { el } from '../dom';
import { formatDate, stateLabel, t, uiLanguage } from '../i18n';
import { displayTitle, type InboxItem } from '../model';

interface PaneProps {
  item: InboxItem;
  onAct: (to: string) => void;
  onEdit: () => void;
  onTag: () => void;
  onDuplicate: () => void;
  onStory: (change: 'split' | 'original') => void;
  onRemoveTag: (tag: { kind: string; slug: string }) => void;
  onClose: () => void;
}

export function ReadingPane(props: PaneProps) {
  const { item } = props;
  const [detail, setDetail] = useState<{ item: InboxItem; cluster: InboxItem[] } | null>(null);
  useEffect(() => {
    setDetail(null);
    const timer = setTimeout(() => {
      callApi<{ item: InboxItem; cluster: InboxItem[] }>('GET', `/items/${item.id}`)
        .then(setDetail)
        .catch(() => setDetail(null));
    }, 80);
    return () => clearTimeout(timer);
  }, [item.id]);
  const lang = uiLanguage();
  const body = detail?.item.content_text ?? item.summary;
  const button = (label: string, onClick: () => void) => el('button', { onClick }, label);
  return el(
    'article',
    { class: 'pane', 'aria-label': displayTitle(item, lang) },
    el('button', { class: 'close', onClick: props.onClose, 'aria-label': t('close') }, '×'),
    el('h2', null, displayTitle(item, lang)),
    displayTitle(item, lang) === item.title
      ? null
      : el('p', { class: 'original' }, `${t('original')}: `, item.title),
    el(
      'p',
      { class: 'meta' },
      `#${item.id} · ${item.source_name} · ${item.language ?? '?'} · ${formatDate(item.published_at)} · ${stateLabel(item.status)}`,
      item.auto_approved ? ` · ${t('autoApproved')}` : '',
      item.featured ? ` · ★ ${t('featured')}` : '',
      item.primary_country ? ` · ${item.primary_country}` : '',
    ),
    item.url
      ? el('p', null, el('a', { href: item.url, target: '_blank', rel: 'noopener noreferrer' }, item.url))
      : null,
    el(
      'ul',
      { class: 'tags' },
      ...item.tags.map((tag) =>
        el(
          'li',
          { class: `tag origin-${tag.origin}` },
          `${tag.kind}:${tag.slug}`,
          el('button', { 'aria-label': `remove ${tag.slug}`, onClick: () => props.onRemoveTag(tag) }, '×'),
        ),
      ),
    ),
    item.summaries[lang] ? el('p', { class: 'summary' }, item.summaries[lang]) : null,
    body ? el('p', { class: 'body' }, body.slice(0, 3000)) : null,
    item.note ? el('p', { class: 'note' }, `${t('note')}: ${item.note}`) : null,
    el(
      'div',
      { class: 'actions' },
      item.status === 'approved'
        ? button(t('withdraw'), () => props.onAct('withdrawn'))
        : button(`${t('approve')} (a)`, () => props.onAct('approved')),
      button(`${t('reject')} (r)`, () => props.onAct('rejected')),
      button(`${t('hold')} (h)`, () => props.onAct('on_hold')),
      button(`${t('edit')} (e)`, props.onEdit),
      button(`${t('tags')} (t)`, props.onTag),
      button(`${t('duplicate')} (d)`, props.onDuplicate),
    ),
    detail && detail.cluster.length > 1
      ? el(
          'section',
          { class: 'cluster' },
          el('h3', null, `${detail.cluster.length - 1} ${t('members')}`),
          el(
            'ul',
            null,
            ...detail.cluster.map((m) =>
              el(
                'li',
                { key: m.id, class: m.id === m.cluster_id ? 'lead' : '' },
                `#${m.id} ${displayTitle(m, lang)} — ${m.source_name} · ${stateLabel(m.status)}`,
                m.id === item.id ? el('button', { onClick: () => props.onStory('split') }, t('split')) : null,
                m.id !== m.cluster_id && m.id === item.id
                  ? el('button', { onClick: () => props.onStory('original') }, t('makeOriginal'))
                  : null,
              ),
            ),
          ),
        )
      : null,
  );
}
