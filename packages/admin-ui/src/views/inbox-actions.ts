// What the inbox's keys and buttons do to the server: each save is queued and reads the item's
// latest version when it runs; its audit id goes on the undo stack.
import { callApi } from '../api';
import { type InboxItem, type Tag, undoStack, versions } from '../model';
import { enqueueSave, waitForSaves } from '../queue';

interface Saved {
  version: number;
  audit_id: number;
}

function remember(id: number, saved: Saved): void {
  versions.set(id, saved.version);
  undoStack.push([saved.audit_id]);
}

export function saveStatus(item: InboxItem, to: string): void {
  enqueueSave({
    label: `${to} #${item.id}`,
    run: async () =>
      remember(
        item.id,
        await callApi<Saved>('POST', `/items/${item.id}/status`, { to, version: versions.get(item.id) }),
      ),
  });
}

export function saveBulkStatus(items: InboxItem[], to: string): void {
  enqueueSave({
    label: `${to} ×${items.length}`,
    run: async () => {
      const changes = items.map((i) => ({ id: i.id, to, version: versions.get(i.id) }));
      const { results } = await callApi<{
        results: Array<{ id: number; ok: boolean; version?: number; audit_id?: number; error?: string }>;
      }>('POST', '/items/status', { changes });
      const group: number[] = [];
      for (const r of results) {
        if (r.ok && r.version && r.audit_id) {
          versions.set(r.id, r.version);
          group.push(r.audit_id);
        }
      }
      if (group.length) undoStack.push(group);
      const refused = results.filter((r) => !r.ok);
      if (refused.length) throw new Error(refused.map((r) => `#${r.id}: ${r.error}`).join('; '));
    },
  });
}

export function saveEdit(item: InboxItem, patch: Record<string, unknown>): void {
  enqueueSave({
    label: `edit #${item.id}`,
    run: async () =>
      remember(
        item.id,
        await callApi<Saved>('PATCH', `/items/${item.id}`, { ...patch, version: versions.get(item.id) }),
      ),
  });
}

export function saveTag(item: InboxItem, tag: Pick<Tag, 'kind' | 'slug'>, remove = false): void {
  enqueueSave({
    label: `tag #${item.id}`,
    run: async () =>
      remember(
        item.id,
        await callApi<Saved>('POST', `/items/${item.id}/tags`, {
          version: versions.get(item.id),
          [remove ? 'remove' : 'add']: [{ kind: tag.kind, slug: tag.slug }],
        }),
      ),
  });
}

export function saveDuplicate(item: InboxItem, originalId: number): void {
  enqueueSave({
    label: `duplicate #${item.id}`,
    run: async () =>
      remember(
        item.id,
        await callApi<Saved>('POST', `/items/${item.id}/duplicate`, {
          version: versions.get(item.id),
          original_id: originalId,
        }),
      ),
  });
}

export function saveStoryChange(item: InboxItem, change: 'split' | 'original'): void {
  enqueueSave({
    label: `${change} #${item.id}`,
    run: async () =>
      remember(
        item.id,
        await callApi<Saved>('POST', `/items/${item.id}/${change}`, { version: versions.get(item.id) }),
      ),
  });
}

/** Undoes the last action group once every pending save has landed; false when nothing to undo. */
export async function undoLast(): Promise<boolean> {
  await waitForSaves();
  const group = undoStack.pop();
  if (!group) return false;
  for (const auditId of group.reverse()) {
    const { item_id, version } = await callApi<{ item_id: number; version: number }>('POST', '/undo', {
      audit_id: auditId,
    });
    versions.set(item_id, version);
  }
  return true;
}

/** Reads `kind:slug` (kind defaults to topic) into a tag reference. */
export function parseTagInput(text: string): { kind: string; slug: string } | null {
  const [first, second] = text.trim().toLowerCase().split(':');
  const kind = second ? first! : 'topic';
  const slug = (second ?? first ?? '').trim().replace(/\s+/g, '-');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug) || !['topic', 'country', 'organisation', 'keyword'].includes(kind))
    return null;
  return { kind, slug };
}
