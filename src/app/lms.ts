// Inside an LMS: resumes the game kept in suspend_data, keeps it there after every step, and reports completion, score and pass/fail at the end.
import { guardTree } from '../services/save/schemas';
import { findApi } from '../services/scorm/api';
import { openLms, type Lms } from '../services/scorm/lms';
import { decodeSuspend, encodeSuspend } from '../services/scorm/suspend';
import {
  replay,
  type GameSettings,
  type PlaySession,
  type SessionAction,
  type SessionEnv,
} from '../sim';
import type { Store } from './store';

/** The final score is out of 1,000 points. */
const SCORE_MAX = 1000;
/** Half the points passes: the LMS's gradebook shows pass/fail next to the scaled score. */
export const PASS_SCALED = 0.5;

/** What suspend_data keeps: settings and action log (the state is replayed from them). */
interface Kept {
  readonly settings: GameSettings;
  readonly log: readonly SessionAction[];
}

const isKept = (value: unknown): value is Kept =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Kept).settings === 'object' &&
  (value as Kept).settings !== null &&
  Array.isArray((value as Kept).log);

/** Slider moves do not grow the log (the rules replace a draft just before a draft), so this stays small. */
export const keptOf = (session: PlaySession): Kept => ({
  settings: session.settings,
  log: session.log,
});

/** The game the LMS kept, replayed; null when there is none or it cannot be replayed (the game starts as usual). */
export function resumeFrom(text: string, env: SessionEnv): PlaySession | null {
  const value = decodeSuspend(text);
  if (!isKept(value) || guardTree(value)) return null;
  try {
    const { session, rejected } = replay(value.settings, value.log, env);
    return rejected ? null : session;
  } catch {
    return null;
  }
}

export const resultOf = (score: number) => {
  const scaled = Math.min(1, Math.max(0, score / SCORE_MAX));
  return { scaled, passed: scaled >= PASS_SCALED };
};

/** Connects the store to the LMS hosting the page; does nothing (returns null) outside an LMS. */
export function connectLms(store: Store, env: SessionEnv, win: Window = window): Lms | null {
  const found = findApi(win);
  const lms = found ? openLms(found) : null;
  if (!lms) return null;
  const kept = resumeFrom(lms.suspendData(), env);
  const local = store.snapshot().session;
  // The LMS's copy follows the student from computer to computer: it wins unless this browser is further on.
  if (kept && (!local || local.log.length < kept.log.length))
    store.load({ session: kept, boxes: kept.boxes });
  let keptLength = kept?.log.length ?? -1;
  store.subscribe((change) => {
    const { session } = change.snapshot;
    if (!change.action || !session) return;
    const finished = change.transitions.find((t) => t.type === 'game/finished');
    if (finished && finished.type === 'game/finished') {
      lms.suspend('');
      lms.complete(resultOf(finished.score));
      lms.commit();
      return;
    }
    // Slider drafts are steps too: keep them, but commit (a request to the LMS) only every fifth step.
    if (session.log.length === keptLength) return;
    keptLength = session.log.length;
    lms.suspend(encodeSuspend(keptOf(session)));
    if (change.action.type !== 'draft/set' || keptLength % 5 === 0) lms.commit();
  });
  win.addEventListener('pagehide', () => lms.finish());
  return lms;
}
