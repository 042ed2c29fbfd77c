// The game's runtime, loaded in its own chunk right after the title shows: rules, question bank, store, saves and game screens.
import { defaultContent } from './content';
import { openPersistence } from './services/save/persistence';
import type { Persistence, StartupProblem } from './services/save/contract';
import { createStorageBanner, type StorageBanner } from './ui/profiles/storage-banner';
import { downloadBackup, downloadText } from './ui/profiles/download';
import type { UiContext } from './ui/screen-context';
import { connectAutosave, flushOnHide } from './app/autosave';
import { createStore, type Store } from './app/store';

export { createGameView } from './ui/game-view';
export { mountSetupScreen } from './ui/screens/setup-screen';
export { profilesBody } from './ui/profiles/profiles-panel';
export { defaultContent };

export interface Runtime {
  readonly store: Store;
  readonly persistence: Persistence;
  readonly banner: StorageBanner;
  /** Puts a profile's saved game and review boxes into the store (after a switch or an import). */
  loadProfile(): void;
}

/**
 * Puts the active profile's game and review boxes into the store. openPersistence has already
 * replayed the saved actions against the snapshot (a mismatch keeps the snapshot and is logged).
 */
function loadActive(store: Store, persistence: Persistence): void {
  const profile = persistence.active();
  store.load({ session: profile.game, boxes: profile.boxes });
}

export async function startRuntime(
  ctx: UiContext,
  overlay: HTMLElement,
  extraProblems: readonly StartupProblem[],
): Promise<Runtime> {
  const store = createStore(defaultContent);
  // The clock is read here, in the app layer: the save logic takes it as a function.
  const persistence = await openPersistence({ now: () => Date.now() });
  const exportActive = () => {
    const file = persistence.exportProfile(persistence.active().id);
    downloadText(file.fileName, file.text);
  };
  const banner = createStorageBanner(ctx, {
    onExport: exportActive,
    onDownloadBackup: (key) => void downloadBackup(persistence, key),
  });
  overlay.prepend(banner.element);
  banner.show([...persistence.problems, ...extraProblems]);
  loadActive(store, persistence);
  connectAutosave(store, persistence, {
    now: () => Date.now(),
    onResult: (result) => banner.showSaveResult(result),
  });
  flushOnHide(persistence);
  return {
    store,
    persistence,
    banner,
    loadProfile: () => {
      loadActive(store, persistence);
      banner.show([...persistence.problems, ...extraProblems]);
    },
  };
}
