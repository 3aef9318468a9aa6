import { el } from '../dom';
import { t } from '../i18n';

export const KEYS: Array<[string, string]> = [
  ['j / k', 'next / previous item'],
  ['o / Enter', 'open in the reading pane'],
  ['a / r / h', 'approve / reject / hold'],
  ['e', 'edit titles, summaries, country, note, featured'],
  ['t', 'add a tag (kind:slug)'],
  ['d', 'mark as duplicate of another item'],
  ['x', 'select / unselect'],
  ['A (shift+a)', 'approve selected'],
  ['u', 'undo your last action'],
  ['/', 'search'],
  ['?', 'show these keys'],
  ['Esc', 'close a dialog'],
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return el(
    'div',
    { class: 'overlay', role: 'dialog', 'aria-label': t('keys') },
    el(
      'div',
      { class: 'dialog' },
      el('h2', null, t('keys')),
      el(
        'table',
        { class: 'keys' },
        el(
          'tbody',
          null,
          ...KEYS.map(([k, what]) =>
            el('tr', null, el('th', null, el('kbd', null, k)), el('td', null, what)),
          ),
        ),
      ),
      el('button', { onClick: onClose }, t('close')),
    ),
  );
}
