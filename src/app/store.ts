// The one place the running game lives: one dispatch of app actions through the pure session reducer; listeners get each change with its typed transitions.
import {
  rulesFor,
  newSession,
  newSettings,
  reduceSession,
  transitionsOf,
  type GameSettings,
  type NewGameOptions,
  type PlaySession,
  type SessionAction,
  type SessionEnv,
  type SessionError,
  type Transition,
} from '../sim';
import { emptyBoxes, type LeitnerBoxes } from '../sim/quiz';

export interface Snapshot {
  readonly session: PlaySession | null;
  /** The player's review boxes: the session's own while a game is on. */
  readonly boxes: LeitnerBoxes;
}

/** Everything the player can do to the game: the session's actions, plus starting a new game. */
export type AppAction =
  | SessionAction
  | {
      readonly type: 'game/start';
      readonly options: NewGameOptions;
      readonly nickname: string;
      /** A class session game's own settings (src/services/classroom/class-game.ts), used as given. */
      readonly settings?: GameSettings;
    };

export interface Change {
  readonly snapshot: Snapshot;
  readonly previous: Snapshot;
  /** What happened; empty for a restored save, so a reload replays no sound or announcement. */
  readonly transitions: readonly Transition[];
  /** The action that made the change; null for a restored save. */
  readonly action: AppAction | null;
}

export type Listener = (change: Change) => void;

export interface Store {
  snapshot(): Snapshot;
  subscribe(listener: Listener): () => void;
  /** A rejected action leaves everything as it was and returns the typed error. */
  dispatch(action: AppAction): SessionError | null;
  /** Replaces everything (a restored save or another player): no transitions. */
  load(snapshot: Snapshot): void;
}

export function createStore(env: SessionEnv, initial?: Snapshot): Store {
  let state: Snapshot = initial ?? { session: null, boxes: emptyBoxes() };
  const listeners = new Set<Listener>();
  const set = (snapshot: Snapshot, action: AppAction | null) => {
    const previous = state;
    state = snapshot;
    // Read by the rules of the game on show (its start values), as its screens are.
    const rules = snapshot.session ? rulesFor(snapshot.session.settings, env) : env.content;
    const transitions = action ? transitionsOf(previous.session, snapshot.session, rules) : [];
    for (const listener of listeners) listener({ snapshot, previous, transitions, action });
  };

  return {
    snapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(action) {
      if (action.type === 'game/start') {
        const settings =
          action.settings ?? newSettings(action.options, action.nickname, state.boxes);
        const session = newSession(settings, env);
        set({ session, boxes: session.boxes }, action);
        return null;
      }
      if (!state.session) return { code: 'phase/wrong', action: action.type };
      const step = reduceSession(state.session, action, env);
      if (!step.ok) return step.error;
      set({ session: step.session, boxes: step.session.boxes }, action);
      return null;
    },
    load(snapshot) {
      set(snapshot, null);
    },
  };
}
