// Saves after every change of the store: the game in progress and review boxes, or a finished game once it ends.
import type { Persistence, SaveResult } from '../services/save/contract';
import type { Snapshot, Store } from './store';

export interface AutosaveOptions {
  /** ms since 1970, for the finished game's date (the rules never read the clock). */
  now(): number;
  /** Told about every save's outcome (quota, locked...), so the interface can say so. */
  onResult(result: SaveResult): void;
}

/** True the first time a session reaches the end: that change records a finished game. */
function justFinished(snapshot: Snapshot, previous: Snapshot): boolean {
  const session = snapshot.session;
  return !!session && session.game.phase === 'end' && previous.session?.game.phase !== 'end';
}

export function connectAutosave(
  store: Store,
  persistence: Persistence,
  options: AutosaveOptions,
): () => void {
  const save = async (snapshot: Snapshot, previous: Snapshot) => {
    const session = snapshot.session;
    if (session && justFinished(snapshot, previous)) {
      const recorded = await persistence.finishGame(session, snapshot.boxes, options.now());
      options.onResult(recorded);
      if (!recorded.ok) return;
    }
    // An ended game stays saved too, so a reload shows its results again until a new game starts.
    options.onResult(await persistence.saveGame(session, snapshot.boxes));
  };
  return store.subscribe((snapshot, previous) => void save(snapshot, previous));
}

/** Hands queued writes to storage when the page is hidden or closed (mobile browsers may not come back). */
export function flushOnHide(persistence: Persistence, target: Window = window): void {
  const flush = () => void persistence.flush();
  target.addEventListener('pagehide', flush);
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') flush();
  });
}
