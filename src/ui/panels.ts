// Modal panels for the menu entries: native <dialog> gives focus containment, Escape to close and an accessible name.
import { h, text } from './dom';

export interface PanelHandle {
  readonly dialog: HTMLDialogElement;
  open(opener: HTMLElement | null): void;
}

/** Builds a dialog with a heading, a body and a "Back to the menu" button; focus returns to the opener on close. */
export function createPanel(
  id: string,
  titleKey: string,
  body: Node,
  onClose: () => void,
): PanelHandle {
  const titleId = `${id}-title`;
  const close = text('button', 'panel.back', { type: 'button', class: 'button secondary' });
  const dismiss = h(
    'button',
    { type: 'button', class: 'panel-dismiss', 'data-i18n-aria-label': 'panel.close' },
    document.createTextNode('×'),
  );
  const dialog = h(
    'dialog',
    { id, class: 'panel', 'aria-labelledby': titleId },
    h('div', { class: 'panel-head' }, text('h2', titleKey, { id: titleId }), dismiss),
    h('div', { class: 'panel-body' }, body),
    h('div', { class: 'panel-foot' }, close),
  );
  let opener: HTMLElement | null = null;
  for (const button of [close, dismiss]) button.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    opener?.focus();
    onClose();
  });
  return {
    dialog,
    open(from) {
      opener = from;
      dialog.showModal();
    },
  };
}

/** The polite placeholder for features that arrive in later versions: says what is coming, never a dead end. */
export function comingSoonBody(bodyKey: string): Node {
  return h(
    'div',
    { class: 'coming-soon' },
    h(
      'p',
      { class: 'badge' },
      h('span', { 'aria-hidden': 'true' }, document.createTextNode('⏳ ')),
      text('span', 'panel.comingSoon'),
    ),
    text('p', bodyKey),
  );
}
