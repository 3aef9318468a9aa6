// The inbox: filters, a list of story originals, a reading pane, and the keyboard. Actions update
// the screen at once and save in the background (see queue.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import { callApi, queryString } from '../api';
import { el } from '../dom';
import { formatDate, stateLabel, t, uiLanguage } from '../i18n';
import { displayTitle, EMPTY_FILTERS, type Filters, type InboxItem, versions } from '../model';
import { ItemEditor, Prompt } from './editor';
import { HelpOverlay } from './help';
import {
  parseTagInput,
  saveBulkStatus,
  saveDuplicate,
  saveEdit,
  saveStatus,
  saveStoryChange,
  saveTag,
  undoLast,
} from './inbox-actions';
import { FilterBar } from './inbox-filters';
import { ReadingPane } from './reading-pane';

type Dialog = null | 'edit' | 'tag' | 'duplicate' | 'help';
const POLL_MS = 5000;

function isTyping(target: EventTarget | null): boolean {
  const tag = (target as HTMLElement | null)?.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

export function InboxView({ notify }: { notify: (message: string) => void }) {
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const [items, setItems] = useState<InboxItem[]>([]);
  const [cursor, setCursor] = useState(0);
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [dialog, setDialog] = useState<Dialog>(null);
  const [loaded, setLoaded] = useState(false);
  const latestId = useRef(0);
  const search = useRef<HTMLInputElement>(null);

  const load = async (keepId?: number) => {
    const { items: rows, latest_id } = await callApi<{ items: InboxItem[]; latest_id: number }>(
      'GET',
      `/items${queryString({ ...filters, limit: 100 })}`,
    );
    for (const row of rows) versions.set(row.id, row.version);
    latestId.current = latest_id;
    setItems(rows);
    setLoaded(true);
    // Keep the cursor on the item the curator is on now, which may have moved while loading.
    const keep = keepId === undefined ? undefined : (currentRef.current?.id ?? keepId);
    const at = keep === undefined ? -1 : rows.findIndex((r) => r.id === keep);
    setCursor((c) => (at >= 0 ? at : Math.min(c, Math.max(rows.length - 1, 0))));
  };

  useEffect(() => {
    setCursor(0);
    void load().catch((err) => notify(err.message));
  }, [JSON.stringify(filters)]);

  useEffect(() => {
    if (cursor >= items.length && items.length) setCursor(items.length - 1);
  }, [items]);
  const current = items[Math.min(cursor, items.length - 1)];
  const currentRef = useRef(current);
  currentRef.current = current;

  // New items appear by themselves: poll the newest id, reload keeping the cursor in place.
  useEffect(() => {
    const timer = setInterval(async () => {
      try {
        const { latest_id } = await callApi<{ latest_id: number }>('GET', '/items/latest');
        if (latest_id > latestId.current) await load(currentRef.current?.id);
      } catch {
        // The next poll tries again; saves report their own failures.
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [JSON.stringify(filters)]);

  const matchesFilter = (status: string) => filters.status === 'all' || filters.status === status;

  /** Applies a change on screen; items that leave the filtered state leave the list. */
  const applyLocally = (ids: number[], change: (item: InboxItem) => InboxItem) => {
    setItems((list) =>
      list.map((i) => (ids.includes(i.id) ? change(i) : i)).filter((i) => matchesFilter(i.status)),
    );
  };

  const act = (to: string) => {
    if (!current) return;
    saveStatus(current, to);
    applyLocally([current.id], (i) => ({ ...i, status: to }));
  };

  const approveSelected = () => {
    const chosen = items.filter((i) => selected.has(i.id));
    if (chosen.length === 0) return;
    saveBulkStatus(chosen, 'approved');
    applyLocally(
      chosen.map((i) => i.id),
      (i) => ({ ...i, status: 'approved' }),
    );
    setSelected(new Set());
  };

  const undo = async () => {
    try {
      if (await undoLast()) await load(current?.id);
    } catch (err) {
      notify((err as Error).message);
    }
  };

  const toggleSelect = () => {
    if (!current) return;
    const next = new Set(selected);
    if (next.has(current.id)) next.delete(current.id);
    else next.add(current.id);
    setSelected(next);
  };

  const keys: Record<string, () => void> = {
    j: () => setCursor((c) => Math.min(c + 1, items.length - 1)),
    k: () => setCursor((c) => Math.max(c - 1, 0)),
    o: () => setOpen(true),
    Enter: () => setOpen(true),
    a: () => act('approved'),
    r: () => act('rejected'),
    h: () => act('on_hold'),
    e: () => current && setDialog('edit'),
    t: () => current && setDialog('tag'),
    d: () => current && setDialog('duplicate'),
    x: toggleSelect,
    A: approveSelected,
    u: () => void undo(),
    '/': () => search.current?.focus(),
    '?': () => setDialog('help'),
  };
  const keysRef = useRef(keys);
  keysRef.current = keys;
  const dialogRef = useRef(dialog);
  dialogRef.current = dialog;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setDialog(null);
        (document.activeElement as HTMLElement | null)?.blur();
        return;
      }
      if (dialogRef.current || isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey)
        return;
      const handler = keysRef.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.querySelector('.inbox-list .current')?.scrollIntoView({ block: 'nearest' });
  }, [cursor, items]);

  const closeDialog = () => setDialog(null);
  const lang = uiLanguage();

  return el(
    'div',
    { class: 'inbox' },
    el(FilterBar, { filters, onChange: setFilters, searchRef: search }),
    el(
      'div',
      { class: `inbox-body${open ? ' with-pane' : ''}` },
      el(
        'ul',
        { class: 'inbox-list', role: 'listbox', 'aria-label': t('inbox') },
        loaded && items.length === 0 ? el('li', { class: 'empty' }, t('empty')) : null,
        ...items.map((item, index) =>
          el(
            'li',
            {
              key: item.id,
              class: `row status-${item.status}${index === cursor ? ' current' : ''}${selected.has(item.id) ? ' selected' : ''}`,
              role: 'option',
              'aria-selected': index === cursor,
              'data-id': item.id,
              onClick: () => setCursor(index),
              onDblClick: () => {
                setCursor(index);
                setOpen(true);
              },
            },
            el('input', {
              type: 'checkbox',
              checked: selected.has(item.id),
              'aria-label': t('selected'),
              onClick: (e: Event) => {
                e.stopPropagation();
                setCursor(index);
                const next = new Set(selected);
                if (next.has(item.id)) next.delete(item.id);
                else next.add(item.id);
                setSelected(next);
              },
            }),
            el('span', { class: 'title' }, displayTitle(item, lang)),
            item.members ? el('span', { class: 'members', title: t('members') }, `+${item.members}`) : null,
            el(
              'span',
              { class: 'meta' },
              `${item.source_name} · ${item.language ?? '?'} · ${formatDate(item.published_at)}`,
            ),
            item.relevance === null ? null : el('span', { class: 'relevance' }, item.relevance.toFixed(2)),
            el('span', { class: 'state' }, stateLabel(item.status)),
          ),
        ),
      ),
      open && current
        ? el(ReadingPane, {
            item: current,
            onAct: act,
            onEdit: () => setDialog('edit'),
            onTag: () => setDialog('tag'),
            onDuplicate: () => setDialog('duplicate'),
            onStory: (change: 'split' | 'original') => {
              saveStoryChange(current, change);
              setTimeout(() => void load(current.id), 300);
            },
            onRemoveTag: (tag: { kind: string; slug: string }) => {
              saveTag(current, tag, true);
              applyLocally([current.id], (i) => ({
                ...i,
                tags: i.tags.filter((x) => !(x.kind === tag.kind && x.slug === tag.slug)),
              }));
            },
            onClose: () => setOpen(false),
          })
        : null,
    ),
    el(
      'div',
      { class: 'inbox-footer' },
      selected.size
        ? el('button', { onClick: approveSelected }, `${t('approveSelected')} (${selected.size})`)
        : null,
      el('button', { onClick: () => void undo() }, t('undo')),
      el('button', { onClick: () => setDialog('help') }, `? ${t('help')}`),
    ),
    dialog === 'help' ? el(HelpOverlay, { onClose: closeDialog }) : null,
    dialog === 'edit' && current
      ? el(ItemEditor, {
          item: current,
          onClose: closeDialog,
          onSave: (patch: Record<string, unknown>) => {
            saveEdit(current, patch);
            applyLocally([current.id], (i) => ({
              ...i,
              titles: dropEmpty(patch.titles as Record<string, string>),
              summaries: dropEmpty(patch.summaries as Record<string, string>),
              note: (patch.note as string) || null,
              featured: Boolean(patch.featured),
              primary_country: (patch.primary_country as string) || null,
            }));
            closeDialog();
          },
        })
      : null,
    dialog === 'tag' && current
      ? el(Prompt, {
          label: t('addTag'),
          onClose: closeDialog,
          onAnswer: (text: string) => {
            const tag = parseTagInput(text);
            if (!tag) return notify(`"${text}": ${t('addTag')}`);
            saveTag(current, tag);
            applyLocally([current.id], (i) => ({
              ...i,
              tags: [...i.tags.filter((x) => x.slug !== tag.slug), { ...tag, origin: 'curator' }],
            }));
            closeDialog();
          },
        })
      : null,
    dialog === 'duplicate' && current
      ? el(Prompt, {
          label: t('originalId'),
          onClose: closeDialog,
          onAnswer: (text: string) => {
            const originalId = Number(text.replace(/^#/, ''));
            if (!Number.isInteger(originalId) || originalId < 1)
              return notify(`"${text}": ${t('originalId')}`);
            saveDuplicate(current, originalId);
            applyLocally([current.id], (i) => ({ ...i, status: 'duplicate', duplicate_of: originalId }));
            closeDialog();
          },
        })
      : null,
  );
}

function dropEmpty(texts: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).filter(([, v]) => v.trim()));
}
