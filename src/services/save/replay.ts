// Checks a saved game by replaying its actions from the seed and comparing with the stored snapshot.
import type { PlaySession } from '../../sim/session';
import { apply, newGame, type Action, type Content, type GameState } from '../../sim';

export type ReplayCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

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

export function verifyGame(session: PlaySession, content: Content): ReplayCheck {
  try {
    let state: GameState = newGame(session.options, content);
    for (const [i, action] of session.actions.entries()) {
      const result = apply(state, action as Action, content);
      if (!result.ok) return { ok: false, reason: `action ${i} rejected: ${result.error.code}` };
      state = result.state;
    }
    return jsonEqual(state, session.game)
      ? { ok: true }
      : {
          ok: false,
          reason: `replay of ${session.actions.length} actions differs from the snapshot`,
        };
  } catch (error) {
    return { ok: false, reason: `replay threw: ${String(error)}` };
  }
}

/** Verifies and logs; the snapshot is always kept (the player resumes where they were). */
export function checkAndWarn(session: PlaySession | null, content: Content, where: string): void {
  if (!session) return;
  const check = verifyGame(session, content);
  if (!check.ok) console.warn(`save: ${where}: ${check.reason}; keeping the saved snapshot`);
}
