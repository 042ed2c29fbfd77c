// Switches the overlay between the title, the new-game setup and the game, keeping one skip link and one <main>.
import type { Store } from '../app/store';
import type { StageController } from '../app/stage';
import type { AppPanels } from './app-panels';
import { h, translateTree } from './dom';
import type { GameView } from './game-view';
import type { Screen, UiContext } from './screen-context';
import type { SetupChoice } from './screens/setup-screen';
import type { MenuEntry, TitleScreen } from './title-screen';

export type Mode = 'title' | 'setup' | 'game';

/** The lazily loaded part of the game (src/app/runtime.ts). */
export type Runtime = typeof import('../runtime');

export interface AppViewDeps {
  readonly ctx: UiContext;
  readonly store: Store;
  readonly runtime: Runtime;
  readonly overlay: HTMLElement;
  readonly panels: AppPanels;
  readonly title: TitleScreen;
  stage(): StageController | null;
  /** Namespaces for the game screens, loaded before the first game screen shows. */
  ready(): Promise<void>;
  newSeed(): number;
  onModeChange(mode: Mode): void;
}

export interface AppView {
  mode(): Mode;
  /** Opens the saved game (in progress or just finished) straight away: a reload lands where the player was. */
  resume(): void;
  menu(entry: MenuEntry, opener: HTMLElement): void;
  /** Back to the title; the game in progress stays available through "Continue". */
  quit(): void;
  refresh(): void;
}

export function createAppView(deps: AppViewDeps): AppView {
  const { ctx, store, overlay, panels, title } = deps;
  const setupHost = h('div', { class: 'setup-screen' });
  overlay.append(setupHost);
  let mode: Mode = 'title';
  let setup: Screen | null = null;
  let game: GameView | null = null;

  /** Exactly one visible <main> carries id="main", the skip link's target. */
  const show = (next: Mode) => {
    mode = next;
    title.setVisible(next === 'title');
    setupHost.hidden = next !== 'setup';
    if (game) game.element.hidden = next !== 'game';
    for (const main of overlay.querySelectorAll('main')) main.removeAttribute('id');
    const visible = [...overlay.querySelectorAll<HTMLElement>('main')].find(
      (m) => !m.closest('[hidden]'),
    );
    visible?.setAttribute('id', 'main');
    if (next !== 'game') deps.stage()?.showTitle();
    deps.onModeChange(next);
  };

  const startGame = async (choice: SetupChoice, seed: number) => {
    await deps.ready();
    store.newGame({ seed, difficulty: choice.difficulty, length: choice.length }, choice.nickname);
    const game0 = store.snapshot().session?.game;
    if (game0) {
      ctx.announce(
        ctx.t('game:setup.starting', {
          years: game0.lastYear - game0.firstYear + 1,
          first: game0.firstYear,
          last: game0.lastYear,
        }),
      );
    }
    openGame();
  };

  const openGame = () => {
    if (!game) {
      game = deps.runtime.createGameView(overlay, {
        ctx,
        store,
        stage: deps.stage,
        onSource: (b) => void panels.open('source', b),
        onSettings: (b) => void panels.open('settings', b),
        onQuit: (b) => void panels.open('quit', b),
        onPlayAgain: (sameSeed) => {
          const session = store.snapshot().session;
          if (!session) return;
          const { options, nickname } = session;
          if (sameSeed) void startGame({ ...options, nickname }, options.seed);
          else openSetup();
        },
      });
      store.subscribe(() => game?.render());
    }
    show('game');
    game.render();
  };

  const openSetup = async () => {
    await deps.ready();
    setup?.destroy();
    setup = deps.runtime.mountSetupScreen(setupHost, ctx, deps.runtime.defaultContent, {
      onStart: (choice) => void startGame(choice, deps.newSeed()),
      onBack: () => {
        show('title');
        document.getElementById('menu-newGame')?.focus();
      },
    });
    translateTree(setupHost, ctx.t);
    show('setup');
    setupHost.querySelector<HTMLElement>('h2')?.focus();
  };

  return {
    mode: () => mode,
    menu(entry, opener) {
      const session = store.snapshot().session;
      if (entry === 'newGame') {
        void openSetup();
        return;
      }
      if (entry === 'continue' && session) {
        openGame();
        return;
      }
      void panels.open(entry, opener);
    },
    resume() {
      if (store.snapshot().session) openGame();
    },
    quit() {
      show('title');
      document.getElementById('menu-continue')?.focus();
    },
    refresh() {
      game?.refresh();
      setup?.refresh?.();
    },
  };
}
