// Which saved game a page load opens by itself: one in progress, never a finished one.
import type { PlaySession } from '../sim';

/**
 * On a shared classroom computer the next student reloads the page: a finished game would show the
 * previous student's results (and its end cue) to them, so only a game still being played resumes.
 * The finished game stays in the player's history and behind "Continue".
 */
export function resumesOnLoad(session: PlaySession | null): boolean {
  return session !== null && session.game.phase !== 'end';
}
