// The "Show in English / Afficher en français" toggle: an aria-pressed button naming the other language in that language.
import { h } from '../dom';
import type { Painter } from './painter';

/** Placeholder swapped for the language's name, so the name can carry its own `lang`. */
const SLOT = '\u0000';

export function createLanguageToggle(painter: Painter, onToggle: () => void): HTMLButtonElement {
  const before = h('span');
  const name = h('span', { class: 'quiz-toggle-name' });
  const after = h('span');
  const button = h(
    'button',
    { type: 'button', class: 'quiz-toggle', 'aria-pressed': 'false' },
    h('span', { class: 'quiz-toggle-mark', 'aria-hidden': 'true' }),
    before,
    name,
    after,
  );
  painter.add((p) => {
    const other = painter.ctx.otherLanguage();
    const [head = '', tail = ''] = p.ui('checkpoint:toggle.label', { language: SLOT }).split(SLOT);
    before.textContent = head;
    after.textContent = tail;
    name.textContent = painter.ctx.tIn(other)('ui:meta.name');
    name.lang = other;
    button.setAttribute('aria-pressed', String(painter.showingOther));
  });
  button.addEventListener('click', () => {
    painter.showingOther = !painter.showingOther;
    painter.repaint();
    onToggle();
  });
  return button;
}
