// The game's runtime, loaded in its own chunk right after the title shows: it wires the rules, question bank, store, saves, effects and game screens together.
import { connectAutosave, flushOnHide } from './app/autosave';
import { resumesOnLoad } from './app/resume';
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
import type { AppPanels, ClassPanel, ClassPanelId } from './ui/app-panels';
import { createAppView, type AppView, type Mode } from './ui/app-view';
import { createClassroomData, lazyClassStore } from './app/classroom';
import { createClassStore } from './services/classroom/class-store';
import { CLASS_SEED_LIMIT } from './services/classroom/session-code';
import { randomSeed } from './services/seed';
import { openStorage } from './services/storage/adapter';
import { createClassroom, setProjector } from './ui/classroom/classroom';
import { connectQuestionTimer } from './ui/classroom/question-timer';
import { tierOf } from './ui/results/score-tier';
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
  /** The session code of a join link (`?class=CODE`), or null. */
  readonly linkCode?: string | null;
  /** Switches the game's language (a class session may fix it). */
  setLanguage?(language: string): Promise<void>;
}

export interface Runtime {
  readonly view: AppView;
  readonly store: Store;
  readonly persistence: Persistence;
  /** The Players panel's body. */
  players(): { body: HTMLElement; refresh(): void };
  /** The body of a classroom panel ("Join a class session", "Teacher"). */
  classroom(id: ClassPanelId, container: HTMLElement): Promise<ClassPanel>;
  /** A game in progress reopened at start-up (so a join link's dialog stays closed). */
  readonly resuming: boolean;
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
  connectGameEffects(store, ctx, env);
  connectPlayerName(store, persistence);
  connectQuestionTimer(ctx, store, overlay);
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
    resultsExtra: (session) => classroom.resultsExtra(session),
    onTitle: () => {
      // Projector mode is for the shared game only.
      setProjector(false);
      // A waiting slider draft is queued first, so it is written before the lock goes.
      void autosave.flush();
      void persistence.unclaim();
    },
  });
  const classStore = lazyClassStore(async () =>
    createClassStore((await openStorage()).storage, () => Date.now()),
  );
  const classSeed = () => randomSeed() % CLASS_SEED_LIMIT;
  const classroom = createClassroom(ctx, {
    view,
    overlay,
    title: deps.title,
    env,
    data: createClassroomData({
      store: classStore,
      env,
      verify: { outcomeOf: (score, game) => tierOf(score, game).id },
      randomSeed: classSeed,
      t: () => ctx.t,
    }),
    linkCode: deps.linkCode ?? null,
    // Once joined, a reload must reopen the game, not the join dialog: the code leaves the address.
    onJoined: () => {
      const url = new URL(location.href);
      url.searchParams.delete('class');
      history.replaceState(history.state, '', url);
    },
    baseUrl: `${location.origin}${location.pathname}`,
    setLanguage: deps.setLanguage ?? (async () => undefined),
    randomSeed: classSeed,
    openSource: (section, opener) =>
      void deps.panels.open('source', opener).then(() => {
        const heading = document.getElementById(`source-section-${section}`);
        heading?.scrollIntoView({ block: 'start' });
        heading?.focus();
      }),
    download: (fileName, text, type) => downloadText(fileName, text, type),
    onLanguage: (listener) => deps.events.on('language', listener),
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
  // The title's Continue says whether there is a game to continue.
  const syncSaved = () => deps.title.setSaved(store.snapshot().session !== null, ctx.t);
  store.subscribe(syncSaved);
  syncSaved();
  translateTree(overlay, ctx.t);
  // A reload lands where the player was: same phase, same question, same slider values (a game
  // in progress only: a finished one opens on the title, for the next student on a shared computer).
  const resuming = resumesOnLoad(store.snapshot().session);
  view.resume();
  return {
    resuming,
    view,
    store,
    persistence,
    players: () =>
      profilesBody(ctx, persistence, {
        onSwitched: () => deps.events.emit('player', persistence.active().id),
        onChanged: () => undefined,
      }),
    classroom: (id, container) => classroom.mount(id, container),
  };
}
