// The "English version / Version française" toggle: an aria-pressed button written in the language it shows.
import { h } from '../dom';
import type { Painter } from './painter';

export function createLanguageToggle(painter: Painter, onToggle: () => void): HTMLButtonElement {
  // The whole label is in the other language ("Afficher en English" mixed two): a reader of that
  // language finds it, and it carries its own `lang`.
  const name = h('span', { class: 'quiz-toggle-name' });
  const button = h(
    'button',
    { type: 'button', class: 'quiz-toggle', 'aria-pressed': 'false' },
    h('span', { class: 'quiz-toggle-mark', 'aria-hidden': 'true' }),
    name,
  );
  painter.add(() => {
    const other = painter.ctx.otherLanguage();
    name.textContent = painter.ctx.tIn(other)('checkpoint:toggle.version');
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
