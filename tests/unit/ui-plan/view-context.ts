// The whole game view (screens, HUD) in English over a store, for tests: no stage, sounds, announcements or panels.
import { createTestI18n } from '../../support/i18n';
import { env } from '../../support/headless';
import type { Store } from '../../../src/app/store';
import { createGameView, type GameView, type GameViewDeps } from '../../../src/ui/game-view';

export async function englishGameView(
  store: Store,
  extra: Partial<GameViewDeps> = {},
): Promise<GameView> {
  const i18n = await createTestI18n('en', ['game', 'model', 'ui'], 'game');
  return createGameView(document.body, {
    ctx: {
      t: (key, options) => i18n.t(key, options),
      tIn: (lng) => (key, options) => i18n.t(key, { ...options, lng }),
      language: () => 'en',
      otherLanguage: () => 'fr',
      announce: () => undefined,
      cue: () => undefined,
    },
    store,
    env,
    stage: () => null,
    onSource: () => undefined,
    onSettings: () => undefined,
    onQuit: () => undefined,
    onPlayAgain: () => undefined,
    ...extra,
  });
}
