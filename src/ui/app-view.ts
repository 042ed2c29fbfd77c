// Switches the overlay between the title, the new-game setup and the game, keeping one skip link and one <main>.
import { resumesOnLoad } from '../app/resume';
import type { Store } from '../app/store';
import type { StageController } from '../app/stage';
import type { GameSettings, PlaySession, SessionEnv } from '../sim';
import type { AppPanels } from './app-panels';
import { h, translateTree } from './dom';
import { createGameView, type GameView } from './game-view';
import type { Screen, UiContext } from './screen-context';
import { mountSetupScreen, type SetupChoice } from './screens/setup-screen';
import type { MenuEntry, TitleScreen } from './title-screen';

export type Mode = 'title' | 'setup' | 'game';

export interface AppViewDeps {
  readonly ctx: UiContext;
  readonly store: Store;
  readonly env: SessionEnv;
  readonly overlay: HTMLElement;
  readonly panels: AppPanels;
  readonly title: TitleScreen;
  stage(): StageController | null;
  /** Namespaces for the game screens, loaded before the first game screen shows. */
  ready(): Promise<void>;
  newSeed(): number;
  onModeChange(mode: Mode): void;
  /** Resolves when the last committed step is on disk; the next game screen waits for it. */
  durable?(): Promise<void>;
  /**
   * Before a game starts or resumes: takes the player's tab lock and puts what storage now holds
   * into the store (another tab may have played since).
   */
  play?(): Promise<void>;
  /** Back on the title: the tab lock is let go, so a tab left here holds nothing. */
  onTitle?(): void;
  /** Shown under a finished game's results (a class session game's result code). */
  resultsExtra?(session: PlaySession): HTMLElement | null;
}

export interface AppView {
  mode(): Mode;
  /** Opens the saved game in progress straight away: a reload lands where the player was. A finished game stays behind "Continue". */
  resume(): void;
  menu(entry: MenuEntry, opener: HTMLElement): void;
  /** Starts a game from given settings (a class session game: the same scenario for everyone). */
  playWith(settings: GameSettings): Promise<void>;
  /** Back to the title; the game in progress stays available through "Continue". */
  quit(): void;
  refresh(): void;
}

export function createAppView(deps: AppViewDeps): AppView {
  const { ctx, store, overlay, panels, title } = deps;
  // A <main> of its own, so the skip link has a target and the form sits in a landmark.
  const setupHost = h('main', { class: 'setup-screen', tabindex: '-1' });
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
    await deps.play?.();
    const options = { seed, difficulty: choice.difficulty, length: choice.length };
    store.dispatch({ type: 'game/start', options, nickname: choice.nickname });
    openGame();
  };

  const openGame = () => {
    if (!game) {
      game = createGameView(overlay, {
        ctx,
        store,
        env: deps.env,
        stage: deps.stage,
        durable: deps.durable,
        resultsExtra: deps.resultsExtra,
        onSource: (b) => void panels.open('source', b),
        onSettings: (b) => void panels.open('settings', b),
        onQuit: (b) =>
          void panels.open('quit', b, {
            finished: store.snapshot().session?.game.phase === 'end',
          }),
        onPlayAgain: (sameSeed) => {
          const session = store.snapshot().session;
          if (!session) return;
          const { options, nickname } = session.settings;
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
    setup = mountSetupScreen(setupHost, ctx, deps.env.content, {
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

  /** Opens the game in progress, if storage still has one once the lock is asked for. */
  const continueGame = async () => {
    await deps.play?.();
    if (store.snapshot().session) openGame();
    else deps.onTitle?.();
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
        void continueGame();
        return;
      }
      void panels.open(entry, opener);
    },
    async playWith(settings) {
      await deps.ready();
      await deps.play?.();
      const { options, nickname } = settings;
      store.dispatch({ type: 'game/start', options, nickname, settings });
      openGame();
    },
    resume() {
      if (resumesOnLoad(store.snapshot().session)) void continueGame();
    },
    quit() {
      show('title');
      deps.onTitle?.();
      document.getElementById('menu-continue')?.focus();
    },
    refresh() {
      game?.refresh();
    },
  };
}
