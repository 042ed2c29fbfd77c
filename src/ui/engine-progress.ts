// The visible progress bar shown while the game engine downloads, starts and prepares its art.
import type { Translate } from '../services/i18n';
import { h, text, translateTree } from './dom';

/** `standby`: downloaded, waiting for a game to start it; the bar hides until then. */
export type EngineStage = 'loading' | 'standby' | 'starting' | 'preparing' | 'ready' | 'failed';

export interface EngineProgress {
  /** The bar's box, so the root can show it on the screen that waits for the engine (the setup). */
  readonly element: HTMLElement;
  /** fraction in [0, 1] of the whole engine start-up. */
  update(stage: EngineStage, fraction: number): void;
}

export function mountEngineProgress(slot: HTMLElement, t: Translate): EngineProgress {
  const fill = h('span', { class: 'progress-fill' });
  const bar = h(
    'div',
    {
      class: 'progress-track',
      role: 'progressbar',
      'aria-valuemin': '0',
      'aria-valuemax': '100',
      'aria-valuenow': '0',
      'data-i18n-aria-label': 'engine.progressLabel',
    },
    fill,
  );
  const label = text('span', 'engine.loading', { class: 'progress-label' });
  const box = h('div', { class: 'engine-progress' }, label, bar);
  translateTree(box, t);
  slot.append(box);
  return {
    element: box,
    update(stage, fraction) {
      const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
      document.documentElement.dataset.engine = stage;
      // On standby the bar is hidden: its last label ("loading") stays until the start-up goes on.
      if (stage !== 'standby') {
        label.setAttribute('data-i18n', `engine.${stage}`);
        label.textContent = t(`engine.${stage}`);
      }
      bar.setAttribute('aria-valuenow', String(percent));
      fill.style.width = `${percent}%`;
      box.classList.toggle('done', stage === 'ready' || stage === 'standby');
      box.classList.toggle('failed', stage === 'failed');
    },
  };
}
