// @vitest-environment happy-dom
// Quit, then start a game of another difficulty: while its start is written, the old game's plan (and its budget) is never on show.
import { afterEach, describe, expect, it } from 'vitest';
import { env } from '../../support/headless';
import { createStore } from '../../../src/app/store';
import type { GameView } from '../../../src/ui/game-view';
import { englishGameView } from './view-context';

let view: GameView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a new game after another', () => {
  it('removes the old game screen at once and shows the new plan once its start is on disk', async () => {
    const store = createStore(env);
    let release: () => void = () => undefined;
    let hold = false;
    const start = (difficulty: 'easy' | 'hard') =>
      store.dispatch({
        type: 'game/start',
        options: { seed: 5, difficulty, length: 'short' },
        nickname: '',
      });
    start('easy');
    view = await englishGameView(store, {
      durable: () =>
        hold ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve(),
    });
    view.render();
    await tick();
    const easyPlan = document.querySelector('.plan');
    expect(easyPlan).not.toBeNull();
    // The second game's start takes a while to reach the disk.
    hold = true;
    start('hard');
    view.render();
    expect(document.querySelector('.plan')).toBeNull();
    expect(document.querySelector('.screen-host')?.getAttribute('aria-busy')).toBe('true');
    release();
    await tick();
    await tick();
    const hardPlan = document.querySelector('.plan');
    expect(hardPlan).not.toBeNull();
    expect(hardPlan).not.toBe(easyPlan);
    const budget = store.snapshot().session?.game.budget ?? 0;
    expect(document.querySelector('.plan .meter-text')?.textContent).toContain(budget.toFixed(1));
  });
});
