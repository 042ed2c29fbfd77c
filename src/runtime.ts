// The game's runtime, loaded in its own chunk right after the title shows: it wires the rules, question bank, store, saves, effects and game screens together.
import { connectAutosave, flushOnHide } from './app/autosave';
import { connectLms } from './app/lms';
import { connectPlayerName } from './app/player-name';
import type { AppEvents } from './app/events';
import type { StageController } from './app/stage';
import { createStore, type Store } from './app/store';
import { defaultContent } from './content';
import { QUESTION_BANK } from './content/questions';
import { RETIRED_QUESTION_IDS } from './content/questions/retired';
import type { Persistence, StartupProblem } from './services/save/contract';
import { openPersistence } from './services/save/persistence';
import { jsonEqual, restoreGame } from './services/save/replay';
import { saveRules } from './services/save/save-rules';
import { defaultMirror } from './services/storage/mirror';
import { quizContent, type SessionEnv } from './sim';
import type { AppPanels } from './ui/app-panels';
import { createAppView, type AppView, type Mode } from './ui/app-view';
import { translateTree } from './ui/dom';
import { connectGameEffects } from './ui/game-effects';
import { downloadBackup, downloadText } from './ui/profiles/download';
import { profilesBody } from './ui/profiles/profiles-panel';
import { createStorageBanner } from './ui/profiles/storage-banner';
import type { UiContext } from './ui/screen-context';
import type { TitleScreen } from './ui/title-screen';

export interface RuntimeDeps {
  readonly ctx: UiContext;
  readonly overlay: HTMLElement;
  readonly panels: AppPanels;
  readonly title: TitleScreen;
  /** Problems found before the runtime loaded (settings from a newer version). */
  readonly problems: readonly StartupProblem[];
  stage(): StageController | null;
  ready(): Promise<void>;
  newSeed(): number;
  onModeChange(mode: Mode): void;
  /** App-wide changes; the runtime emits `player` when another player becomes active. */
  readonly events: AppEvents;
}

export interface Runtime {
  readonly view: AppView;
  readonly store: Store;
  readonly persistence: Persistence;
  /** The Players panel's body. */
  players(): { body: HTMLElement; refresh(): void };
}

/** Puts the active player's game (replayed from its log) and review boxes into the store (loading said when a replay changed it). */
function loadActive(store: Store, persistence: Persistence, env: SessionEnv): void {
  const profile = persistence.active();
  const restored = profile.game ? restoreGame(profile.game, env) : null;
  store.load({ session: restored?.session ?? null, boxes: profile.boxes });
}

export async function startRuntime(deps: RuntimeDeps): Promise<Runtime> {
  const { ctx, overlay } = deps;
  const env: SessionEnv = { content: defaultContent, quiz: quizContent(QUESTION_BANK) };
  const store = createStore(env);
  // The clock is read here, at the root: the save logic takes it as a function.
  const rules = saveRules(env, RETIRED_QUESTION_IDS);
  const persistence = await openPersistence({
    now: () => Date.now(),
    rules,
    mirror: defaultMirror(),
  });
  const banner = createStorageBanner(ctx, {
    onExport: () => {
      const file = persistence.exportProfile(persistence.active().id);
      downloadText(file.fileName, file.text);
    },
    onDownloadBackup: (key) => void downloadBackup(persistence, key),
  });
  overlay.prepend(banner.element);
  loadActive(store, persistence, env);
  // Inside an LMS (SCORM 1.2 or 2004): its resume data, score and completion; outside one, nothing.
  connectLms(store, env);
  const showProblems = () => banner.show([...persistence.problems, ...deps.problems]);
  showProblems();
  // Side effects subscribe here, once: saves, then sounds and announcements.
  const autosave = connectAutosave(store, persistence, {
    now: () => Date.now(),
    onResult: (result) => banner.showSaveResult(result),
  });
  flushOnHide(autosave);
  // Offline support and the update prompt: an update waits for the player, and applies after the saves settle.
  void import('./pwa').then((pwa) =>
    pwa.startUpdates({ overlay, t: ctx.t, settled: () => autosave.settled() }),
  );
  connectGameEffects(store, ctx, env.content);
  connectPlayerName(store, persistence);
  const play = async () => {
    const before = persistence.active();
    await persistence.claim();
    // claim() re-read the player: load it again only when another tab changed it meanwhile.
    const after = persistence.active();
    if (jsonEqual(before.game, after.game) && jsonEqual(before.boxes, after.boxes)) return;
    loadActive(store, persistence, env);
  };
  const view = createAppView({
    ...deps,
    store,
    env,
    durable: () => autosave.settled(),
    play,
    onTitle: () => {
      // A waiting slider draft is queued first, so it is written before the lock goes.
      void autosave.flush();
      void persistence.unclaim();
    },
  });
  persistence.onLockChange((change) => {
    banner.showLock(change);
    if (!change.reloaded) return;
    // The lock came back and nothing was played here meanwhile: show what the other tab saved.
    loadActive(store, persistence, env);
    if (!store.snapshot().session && view.mode() === 'game') view.quit();
  });
  deps.events.on('player', () => {
    loadActive(store, persistence, env);
    showProblems();
    view.quit();
  });
  translateTree(overlay, ctx.t);
  // A reload lands where the player was: same phase, same question, same slider values (a game
  // in progress only: a finished one opens on the title, for the next student on a shared computer).
  view.resume();
  return {
    view,
    store,
    persistence,
    players: () =>
      profilesBody(ctx, persistence, {
        onSwitched: () => deps.events.emit('player', persistence.active().id),
        onChanged: () => undefined,
      }),
  };
}
