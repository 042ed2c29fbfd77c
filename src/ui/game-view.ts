// The game in progress: the HUD and one screen at a time, chosen from the store's snapshot; focus moves to each new screen. Sounds and announcements are not here: they follow the store's transitions (game-effects.ts).
import type { Store, Snapshot } from '../app/store';
import {
  capitalPerCredit,
  previousIndicators,
  rulesFor,
  type Content,
  type GameSettings,
  type PlaySession,
  type SessionEnv,
} from '../sim';
import type { StageController } from '../app/stage';
import { cityViewOf } from '../app/city-view-model';
import { h, translateTree } from './dom';
import { createHud } from './hud';
import type { Screen, UiContext } from './screen-context';
import { browserSessionStorage, createKeyValueStore } from '../services/storage-local';
import { slotDrafts, type DraftSlot } from './quiz/answer-draft';
import { mountCheckpointScreen } from './screens/checkpoint-screen';
import { mountEventScreen } from './screens/event-screen';
import { mountPlanScreen } from './screens/plan-screen';
import { mountYearScreen } from './screens/year-screen';
import { mountResults } from './results/results-view';

export interface GameViewDeps {
  readonly ctx: UiContext;
  readonly store: Store;
  readonly env: SessionEnv;
  stage(): StageController | null;
  onSource(opener: HTMLElement): void;
  onSettings(opener: HTMLElement): void;
  onQuit(opener: HTMLElement): void;
  onPlayAgain(sameSeed: boolean): void;
  /**
   * Resolves when the last committed step is on disk (autosave's `settled`); the next screen, and an
   * answer's feedback, wait for it so a crash never takes back a step the player saw done.
   */
  durable?(): Promise<void>;
  /** Where a half-entered quiz answer waits across reloads (the tab's sessionStorage by default). */
  readonly draftSlot?: DraftSlot;
  /** Shown under a finished game's results (a class session game's result code). */
  resultsExtra?(session: PlaySession): HTMLElement | null;
}

/** A storage that hangs must not hang the game: past this, the screen shows anyway (the banner tells of failures). */
const DURABLE_WAIT_MAX_MS = 2_000;

export interface GameView {
  readonly element: HTMLElement;
  /** Shows the game for the current snapshot (mounting a new screen only when the screen changed). */
  render(): void;
  refresh(): void;
  destroy(): void;
}

/** A number per game (per settings object), so a screen is keyed by the game it shows. */
const gameIds = new WeakMap<GameSettings, number>();
let lastGameId = 0;
function gameIdOf(settings: GameSettings): number {
  let id = gameIds.get(settings);
  if (id === undefined) gameIds.set(settings, (id = lastGameId += 1));
  return id;
}

/**
 * Identifies what is on screen; a new key means a new screen (and focus moves to its heading).
 * It names the game too: another game or player at the same phase and year is another screen.
 */
function screenKey(snapshot: Snapshot): string {
  const session = snapshot.session;
  if (!session) return 'none';
  const { game, checkpoint } = session;
  const prefix = `${gameIdOf(session.settings)}:`;
  if (game.phase === 'checkpoint') {
    return `${prefix}checkpoint:${game.checkpoint?.index}:${checkpoint?.current}:${checkpoint?.started ?? false}`;
  }
  return `${prefix}${game.phase}:${game.year}`;
}

export function createGameView(root: HTMLElement, deps: GameViewDeps): GameView {
  const { ctx, store } = deps;
  const { quiz } = deps.env;
  const draftSlot = deps.draftSlot ?? createKeyValueStore(browserSessionStorage());
  const hud = createHud({
    onSource: deps.onSource,
    onSettings: deps.onSettings,
    onQuit: deps.onQuit,
  });
  const host = h('div', { class: 'screen-host' });
  const main = h('main', { class: 'game-main page-main', tabindex: '-1' }, host);
  const element = h('div', { class: 'game-screen' }, hud.element, main);
  root.append(element);
  translateTree(element, ctx.t);
  let screen: Screen | null = null;
  let key = '';
  /** The game whose screen is on show (its settings object), so another game's screen is never kept. */
  let shownGame: unknown = null;
  /** Bumped by every change of screen, so only the latest wait for the disk shows its screen. */
  let showing = 0;

  /** Resolves once the step just taken is on disk (or at once without autosave). */
  const onDisk = (): Promise<void> => {
    const wait = deps.durable?.();
    if (!wait) return Promise.resolve();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cap = new Promise<void>((resolve) => (timer = setTimeout(resolve, DURABLE_WAIT_MAX_MS)));
    return Promise.race([wait, cap]).finally(() => clearTimeout(timer));
  };

  /** The screen of the session's phase, read by `content`, the game's own rules. */
  function mount(session: PlaySession, content: Content): Screen | null {
    const game = session.game;
    const start = content.scenarios[game.length].start;
    switch (game.phase) {
      case 'plan':
        return mountPlanScreen(host, ctx, game, session.draft, {
          onDraft: (allocation) => void store.dispatch({ type: 'draft/set', allocation }),
          onCommit: (allocation) => store.dispatch({ type: 'plan/commit', allocation }),
        });
      case 'resolve':
        return mountYearScreen(host, ctx, game, previousIndicators(game, start), () =>
          store.dispatch({ type: 'resolve/continue' }),
        );
      case 'event':
        return mountEventScreen(host, ctx, game, content, (optionId) =>
          store.dispatch({ type: 'event/choose', optionId }),
        );
      case 'checkpoint': {
        const checkpoint = session.checkpoint;
        if (!checkpoint) return null;
        const credits = checkpoint.grades.map((g) => g?.credit ?? 0);
        return mountCheckpointScreen(host, ctx, game, checkpoint, credits, {
          question: (id) => quiz.byId.get(id),
          capitalPerCredit: capitalPerCredit(content.scenarios[game.length]),
          onAnswer: async (answer) => {
            const at = checkpoint.current;
            if (store.dispatch({ type: 'quiz/answer', answer })) return null;
            const grade = store.snapshot().session?.checkpoint?.grades[at] ?? null;
            await onDisk();
            return grade;
          },
          onStart: () => void store.dispatch({ type: 'checkpoint/start' }),
          onNext: () => void store.dispatch({ type: 'quiz/next' }),
          onFinish: () => void store.dispatch({ type: 'checkpoint/finish' }),
          drafts: (id) =>
            slotDrafts(
              draftSlot,
              `${game.seed}:${game.year}:${game.checkpoint?.index ?? 0}:${checkpoint.current}:${id}`,
            ),
        });
      }
      case 'end': {
        const results = mountResults(
          host,
          ctx,
          { state: game, quiz: session.quizLog },
          {
            onPlayAgainSameSeed: () => deps.onPlayAgain(true),
            onNewGame: () => deps.onPlayAgain(false),
          },
        );
        const extra = deps.resultsExtra?.(session);
        if (!extra) return results;
        host.append(extra);
        return {
          element: results.element,
          destroy() {
            results.destroy();
            extra.remove();
          },
        };
      }
    }
  }

  const updateHud = (session: Snapshot['session']) => {
    if (session) hud.update(session.game, session.settings.nickname, ctx.t);
  };

  /** A new screen waits until the step that led to it is on disk; meanwhile the old one takes no input. */
  function render(): void {
    const snapshot = store.snapshot();
    const next = screenKey(snapshot);
    if (next === key) return updateHud(snapshot.session);
    key = next;
    const token = (showing += 1);
    // The old screen waits, inert, for the step that follows it; but a screen of another game (quit,
    // then a new game) would show that game's numbers meanwhile: it goes at once.
    if (screen && snapshot.session?.settings !== shownGame) {
      screen.destroy();
      screen = null;
      shownGame = null;
    }
    host.inert = true;
    host.setAttribute('aria-busy', 'true');
    void onDisk().then(() => {
      if (token !== showing) return;
      host.inert = false;
      host.removeAttribute('aria-busy');
      show(store.snapshot());
    });
  }

  function show(snapshot: Snapshot): void {
    const session = snapshot.session;
    updateHud(session);
    key = screenKey(snapshot);
    screen?.destroy();
    // The game's own rules version: its calendar, start and cards (an old save keeps its numbers).
    const content = session ? rulesFor(session.settings, deps.env) : null;
    screen = session && content ? mount(session, content) : null;
    shownGame = session?.settings ?? null;
    host.classList.toggle('wide', session?.game.phase === 'plan' || session?.game.phase === 'end');
    translateTree(host, ctx.t);
    // The results are a long page of their own: the calmer title backdrop sits behind them.
    // The backdrop follows in a task of its own, so the new screen is painted and usable first.
    const view =
      session && content && session.game.phase !== 'end'
        ? cityViewOf(session.game, content.scenarios[session.game.length].start)
        : null;
    setTimeout(() => {
      const stage = deps.stage();
      if (view) stage?.showCity(view);
      else stage?.showTitle();
    }, 0);
    // A new screen opens at its top, focus on its heading, so keyboard, screen-reader and phone users
    // start at the top: the page's scroll would otherwise carry over from the last screen's button.
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    const heading = host.querySelector<HTMLElement>('h2[tabindex="-1"], [tabindex="-1"]');
    // A dialog opened while this screen waited for the disk keeps the focus: taking it would leave
    // the keyboard stuck behind the modal (Escape would no longer reach it).
    if (document.querySelector('dialog[open]')) return;
    (heading ?? main).focus({ preventScroll: true });
  }

  return {
    element,
    render,
    refresh() {
      updateHud(store.snapshot().session);
      translateTree(element, ctx.t);
    },
    destroy() {
      screen?.destroy();
      element.remove();
    },
  };
}
