// Verifies a result code against its session: the log is replayed from the session's own settings, so no score in a code is ever trusted.
import {
  newSession,
  type GameState,
  type PlaySession,
  type ScoreBreakdown,
  type SessionEnv,
  type SessionError,
  type YearRecord,
} from '../../sim';
import { classGameSettings } from './class-game';
import { ClassReplay, type VerifiedAnswer } from './class-replay';
import { codeError, type CodeError } from './errors';
import { decodedReplay, type ResultPayload } from './result-code';
import { parseSessionCode, type ClassSettings } from './session-code';

export type { VerifiedAnswer } from './class-replay';

export interface VerifiedResult {
  readonly nickname: string;
  readonly sessionCode: string;
  /** The game reached its end; an unfinished game is kept but flagged (see `notice`). */
  readonly finished: boolean;
  /** The final score and its breakdown, recomputed; null for an unfinished game. */
  readonly score: ScoreBreakdown | null;
  /** Every played year's record (allocation in PILLARS order, indicators in INDICATORS order, event and option). */
  readonly years: readonly YearRecord[];
  /** The results screen's tier id when the caller gave `outcomeOf`, else null (and null when unfinished). */
  readonly outcome: string | null;
  readonly answers: readonly VerifiedAnswer[];
  /** The year the game stopped at (the last year for a finished game). */
  readonly year: number;
  /** Why this result needs the teacher's attention (an unfinished game), or null. */
  readonly notice: CodeError | null;
  /** The log (drafts left out) as JSON: two results with the same nickname and fingerprint are one. */
  readonly fingerprint: string;
}

export type VerifyResult =
  | { readonly ok: true; readonly result: VerifiedResult }
  | { readonly ok: false; readonly error: CodeError };

export interface VerifyOptions {
  /** The results screen's tier for a final score (ui/results/score-tier.ts `tierOf(...).id`). */
  readonly outcomeOf?: (score: number, game: GameState) => string;
}

/** The family of a refused move, for a reason a teacher can read. */
function reasonOf(error: SessionError | null): string {
  const code = error?.code ?? '';
  if (code.startsWith('budget/') || code === 'session/not-in-plan') return 'budget';
  if (code === 'phase/wrong') return 'phase';
  if (code === 'event/unknown-option') return 'event';
  if (code.startsWith('session/') || code.startsWith('checkpoint/')) return 'quiz';
  return 'other';
}

const illegal = (index: number, error: SessionError | null): VerifyResult => ({
  ok: false,
  error: codeError(`verify.illegal.${reasonOf(error)}`, { move: index + 1 }),
});

/**
 * Replays the result's log from the settings the session code stands for. A result of another
 * session, or a log the rules refuse at some move, is rejected with the reason; an unfinished
 * game is accepted with `finished: false` and a notice.
 */
export function verifyResult(
  payload: ResultPayload,
  session: ClassSettings & { readonly code: string },
  env: SessionEnv,
  options: VerifyOptions = {},
): VerifyResult {
  const expected = parseSessionCode(session.code);
  const given = parseSessionCode(payload.sessionCode);
  const expectedCode = expected.ok ? expected.code : session.code;
  if (!given.ok || given.code !== expectedCode)
    return {
      ok: false,
      error: codeError('verify.other-session', {
        code: payload.sessionCode,
        expected: expectedCode,
      }),
    };
  const log = payload.log.filter((a) => a.type !== 'draft/set');
  const settings = expected.ok ? expected.settings : session;
  // Decoding the code already replayed it from these settings: reuse that replay.
  let replayed = log.length === payload.log.length ? decodedReplay(payload, env) : null;
  if (!replayed) {
    let start: PlaySession;
    try {
      start = newSession(classGameSettings(settings, payload.nickname), env);
    } catch {
      return illegal(0, null);
    }
    replayed = new ClassReplay(start, env);
    for (const action of log) {
      replayed.step(action);
      if (replayed.rejected) break;
    }
  }
  if (replayed.rejected) return illegal(replayed.rejected.index, replayed.rejected.error);
  const state = replayed.session;
  if (!state) return illegal(0, null);
  const answers = replayed.answers;
  const game = state.game;
  const finished = game.phase === 'end' && game.score !== null;
  const score = finished ? game.score : null;
  const outcome = score && options.outcomeOf ? options.outcomeOf(score.total, game) : null;
  return {
    ok: true,
    result: {
      nickname: state.settings.nickname,
      sessionCode: expectedCode,
      finished,
      score,
      years: game.history,
      outcome,
      answers,
      year: game.year,
      notice: finished ? null : codeError('verify.unfinished', { year: game.year }),
      fingerprint: JSON.stringify(log),
    },
  };
}
