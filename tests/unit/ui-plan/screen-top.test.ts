// @vitest-environment happy-dom
// A new game screen opens at its top with focus on its heading, wherever the last screen was scrolled (phones carried the scroll over).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { env } from '../../support/headless';
import { createStore } from '../../../src/app/store';
import { evenSplit } from '../../../src/sim/budget';
import type { GameView } from '../../../src/ui/game-view';
import { englishGameView } from './view-context';

let view: GameView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
  vi.restoreAllMocks();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a new game screen', () => {
  it('scrolls the page to its top and focuses its heading', async () => {
    const store = createStore(env);
    store.dispatch({
      type: 'game/start',
      options: { seed: 1, difficulty: 'normal', length: 'standard' },
      nickname: '',
    });
    view = await englishGameView(store);
    const scrolled = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    view.render();
    await tick();
    expect(document.activeElement?.id).toBe('plan-title');
    expect(scrolled).toHaveBeenCalledWith(expect.objectContaining({ top: 0 }));
    scrolled.mockClear();
    const budget = store.snapshot().session?.game.budget ?? 0;
    store.dispatch({ type: 'plan/commit', allocation: evenSplit(budget) });
    view.render();
    await tick();
    expect(document.activeElement?.tagName).toBe('H2');
    expect(document.activeElement?.id).not.toBe('plan-title');
    expect(scrolled).toHaveBeenCalledWith(expect.objectContaining({ top: 0 }));
  });
});
