// A saved game is its log: loading replays it from the settings; the stored snapshot is only checked against the replay.
import { replay, type GameState, type PlaySession, type SessionEnv } from '../../sim';
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

/** What a save keeps of a session: settings, log, and the state as a cache. */
export function toSaved(session: PlaySession): SavedGame {
  return { settings: session.settings, log: session.log, snapshot: session.game };
}

export type RestoreProblem =
  /** The rules refused action `index` of the log: the game resumes just before it. */
  | { readonly code: 'replay/rejected'; readonly index: number; readonly reason: string }
  /** The log replays to another state than the one saved (edited, or rules changed): the replay wins. */
  | { readonly code: 'replay/differs' };

export interface Restored {
  readonly session: PlaySession;
  readonly problem: RestoreProblem | null;
}

/** Replays a saved game; never throws (a replay that throws is a rejected first action). */
export function restoreGame(saved: SavedGame, env: SessionEnv): Restored {
  try {
    const { session, rejected } = replay(saved.settings, saved.log, env);
    if (rejected) {
      const reason = rejected.error.code;
      return { session, problem: { code: 'replay/rejected', index: rejected.index, reason } };
    }
    const same = jsonEqual(session.game, saved.snapshot as GameState);
    return { session, problem: same ? null : { code: 'replay/differs' } };
  } catch (error) {
    const fresh = replay({ ...saved.settings }, [], env).session;
    return {
      session: fresh,
      problem: { code: 'replay/rejected', index: 0, reason: String(error) },
    };
  }
}
