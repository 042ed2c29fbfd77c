// Modal panels for the menu entries: native <dialog> gives focus containment, Escape to close and an accessible name.
import { h, text } from './dom';
import { icon } from './icons';

export interface PanelHandle {
  readonly dialog: HTMLDialogElement;
  open(opener: HTMLElement | null): void;
}

/**
 * Builds a dialog with a heading, a body and a "Close" button; focus returns to the opener on close.
 * The button only closes the dialog, from the title as in a game, so it is not called "Back to the menu".
 */
export function createPanel(
  id: string,
  titleKey: string,
  body: Node,
  onClose: () => void,
): PanelHandle {
  const titleId = `${id}-title`;
  const close = text('button', 'panel.close', { type: 'button', class: 'button secondary' });
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

/** The hourglass at the size of the badge's text (the menu icons are larger). */
function waitingIcon(): SVGSVGElement {
  const svg = icon('waiting');
  svg.style.width = '1.1em';
  svg.style.height = '1.1em';
  svg.style.verticalAlign = '-0.2em';
  svg.style.marginInlineEnd = '0.3em';
  return svg;
}

/** The polite placeholder for features that arrive in later versions: says what is coming, never a dead end. */
export function comingSoonBody(bodyKey: string): Node {
  return h(
    'div',
    { class: 'coming-soon' },
    h('p', { class: 'badge' }, waitingIcon(), text('span', 'panel.comingSoon')),
    text('p', bodyKey),
  );
}
