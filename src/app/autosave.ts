// Saves after every step the player takes: a committed step at once, a draft-only change (slider moves) at most 300 ms later, a finished game in one write.
import type { Persistence, SaveResult } from '../services/save/contract';
import { draftOnly } from '../sim';
import type { Change, Store } from './store';

/** How long a slider draft may wait before it is written (ms); flushed earlier when the page hides. */
export const DRAFT_DELAY_MS = 300;

export interface AutosaveOptions {
  /** ms since 1970, for the finished game's date (the rules never read the clock). */
  now(): number;
  /** Told about every save's outcome (quota, locked...), so the interface can say so. */
  onResult(result: SaveResult): void;
  readonly draftDelayMs?: number;
}

export interface Autosave {
  /** Writes a waiting draft now and resolves when every queued write has reached storage. */
  flush(): Promise<void>;
  /**
   * Resolves when the write of the last committed step (a budget, a choice, an answer, a finished
   * game) has been committed by storage, or at once when none is under way: the game waits for it
   * before it shows the next screen, so what the player sees as done is on disk.
   */
  settled(): Promise<void>;
  disconnect(): void;
}

export function connectAutosave(
  store: Store,
  persistence: Persistence,
  options: AutosaveOptions,
): Autosave {
  const delay = options.draftDelayMs ?? DRAFT_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancelDraft = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  /** The latest committed step's write; a newer step's write replaces it (writes run in order). */
  let committed: Promise<void> = Promise.resolve();
  const track = (write: Promise<SaveResult>): Promise<void> => {
    const done = write.then(options.onResult, () => undefined);
    committed = done;
    return done;
  };
  const saveNow = () => {
    cancelDraft();
    const { session, boxes } = store.snapshot();
    return persistence.saveGame(session, boxes);
  };
  const onChange = (change: Change) => {
    // A restored save or another player's game is already on disk.
    if (!change.action) return;
    const { session, boxes } = change.snapshot;
    if (session && change.transitions.some((t) => t.type === 'game/finished')) {
      cancelDraft();
      void track(persistence.finishGame(session, boxes, options.now()));
      return;
    }
    if (draftOnly(change.transitions)) {
      if (timer === null) timer = setTimeout(() => void saveNow().then(options.onResult), delay);
      return;
    }
    void track(saveNow());
  };
  const unsubscribe = store.subscribe(onChange);
  return {
    async flush() {
      if (timer !== null) options.onResult(await saveNow());
      await persistence.flush();
    },
    settled: () => committed,
    disconnect() {
      cancelDraft();
      unsubscribe();
    },
  };
}

/** Hands queued writes to storage when the page is hidden or closed (mobile browsers may not come back). */
export function flushOnHide(autosave: Autosave, target: Window = window): void {
  const flush = () => void autosave.flush();
  target.addEventListener('pagehide', flush);
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') flush();
  });
}
