// A saved game is its log: loading replays it from the settings; the stored snapshot is only checked against the replay.
import { newSession, replay, type GameState, type PlaySession, type SessionEnv } from '../../sim';
import type { SavedGame } from './contract';

/** Structural equality with JSON semantics: keys holding undefined count as absent. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => k in rb && jsonEqual(ra[k], rb[k]));
}

/**
 * The replayed game as a save written before issue 15 would hold it: year records and the year's event
 * did not keep what the year screen showed (`shown`, `shownFrontier`), so their absence is no edit.
 */
function asBeforeShown(game: GameState): GameState {
  const drop = <T extends object>(x: T): T => {
    const rest: Record<string, unknown> = { ...(x as Record<string, unknown>) };
    delete rest.shown;
    delete rest.shownFrontier;
    return rest as T;
  };
  return {
    ...game,
    history: game.history.map(drop),
    yearEvent: game.yearEvent ? drop(game.yearEvent) : null,
  };
}

/** True when no year record of a saved game keeps its shown values (saved before issue 15). */
function savedBeforeShown(game: GameState): boolean {
  return game.history.every((r) => r.shown === undefined) && game.yearEvent?.shown === undefined;
}

/** What a save keeps of a session: settings, log, and the state as a cache. */
export function toSaved(session: PlaySession): SavedGame {
  const { game, draft, checkpoint, quizLog, quizRecord, boxes } = session;
  const snapshot = { game, draft, checkpoint, quizLog, quizRecord, boxes };
  return { settings: session.settings, log: session.log, snapshot };
}

export type RestoreProblem =
  /** The rules refused action `index` of the log (rules or bank changed): the game resumes from the saved snapshot. */
  | { readonly code: 'replay/rejected'; readonly index: number; readonly reason: string }
  /** The log replays to another state than the one saved (edited, or rules changed): the replay wins. */
  | { readonly code: 'replay/differs' };

export interface Restored {
  readonly session: PlaySession;
  readonly problem: RestoreProblem | null;
}

/** The saved snapshot as the point a new log starts from (the old log can no longer be replayed). */
function fromSnapshot(saved: SavedGame, env: SessionEnv): PlaySession {
  return newSession({ ...saved.settings, resumeFrom: saved.snapshot }, env);
}

/** Replays a saved game; never throws (a replay that throws is a rejected first action). */
export function restoreGame(saved: SavedGame, env: SessionEnv): Restored {
  try {
    const { session, rejected } = replay(saved.settings, saved.log, env);
    if (rejected) {
      const reason = rejected.error.code;
      return {
        session: fromSnapshot(saved, env),
        problem: { code: 'replay/rejected', index: rejected.index, reason },
      };
    }
    const old = saved.snapshot.game;
    const same = jsonEqual(savedBeforeShown(old) ? asBeforeShown(session.game) : session.game, old);
    return { session, problem: same ? null : { code: 'replay/differs' } };
  } catch (error) {
    const problem = { code: 'replay/rejected', index: 0, reason: String(error) } as const;
    return { session: fromSnapshot(saved, env), problem };
  }
}
