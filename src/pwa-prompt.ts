// The update prompt's card: a real button that applies a waiting version only when the player asks, after the game is saved.
import type { Translate } from './services/i18n';
import { h, text, translateTree } from './ui/dom';

export interface UpdatePromptDeps {
  readonly overlay: HTMLElement;
  readonly t: Translate;
  /** Resolves once every pending save is on disk: the reload that applies the update resumes from it. */
  settled(): Promise<void>;
}

/** Shows the card once; `apply` activates the waiting version and reloads, and runs only on "Update now". */
export function showUpdatePrompt(deps: UpdatePromptDeps, apply: () => Promise<void>): void {
  if (deps.overlay.querySelector('.update-prompt')) return;
  const accept = text('button', 'app.update.apply', { type: 'button', class: 'button primary' });
  const later = text('button', 'app.update.later', { type: 'button', class: 'button' });
  const box = h(
    'div',
    { class: 'update-prompt', role: 'status' },
    text('p', 'app.update.ready'),
    h('div', { class: 'actions' }, accept, later),
  );
  accept.addEventListener('click', () => {
    accept.disabled = true;
    void deps.settled().then(apply, apply);
  });
  // "Later" only hides the card: the waiting version still applies at the next start.
  later.addEventListener('click', () => box.remove());
  deps.overlay.append(box);
  translateTree(box, deps.t);
}
