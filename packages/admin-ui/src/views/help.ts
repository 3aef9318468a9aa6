import { el } from '../dom';
import { type Key, t } from '../i18n';

export const KEYS: Array<[string, Key]> = [
  ['j / k', 'helpMove'],
  ['o / Enter', 'helpOpen'],
  ['a / r / h', 'helpDecide'],
  ['e', 'helpEdit'],
  ['t', 'helpTag'],
  ['d', 'helpDuplicate'],
  ['x', 'helpSelect'],
  ['A (shift+a)', 'helpApproveSelected'],
  ['u', 'helpUndo'],
  ['/', 'helpSearch'],
  ['?', 'helpKeys'],
  ['Esc', 'helpClose'],
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
            el('tr', null, el('th', null, el('kbd', null, k)), el('td', null, t(what))),
          ),
        ),
      ),
      el('button', { onClick: onClose }, t('close')),
    ),
  );
}
