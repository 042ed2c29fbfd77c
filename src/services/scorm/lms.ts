// One small LMS interface over SCORM 1.2 and 2004: resume data in, progress, score and result out.
import type { FoundApi, Scorm12Api, Scorm2004Api } from './api';

export interface LmsResult {
  /** 0 to 1. */
  readonly scaled: number;
  readonly passed: boolean;
}

export interface Lms {
  readonly version: '1.2' | '2004';
  /** The resume data the LMS kept from the last attempt ('' when none). */
  suspendData(): string;
  /** Launch data from the manifest (`adlcp:datafromlms`), e.g. `class=CODE` ('' when none). */
  launchData(): string;
  /** Stores resume data and marks the attempt as in progress (to resume on exit). */
  suspend(data: string): void;
  /** The game is over: completion, scaled score and pass/fail. */
  complete(result: LmsResult): void;
  commit(): void;
  /** Ends the session (the page is going away): once. */
  finish(): void;
}

/** SCORM 1.2's suspend_data is a CMIString4096. */
export const SCORM12_SUSPEND_MAX = 4096;
/** SCORM 2004 4th edition allows 64,000 characters. */
export const SCORM2004_SUSPEND_MAX = 64000;

const score100 = (scaled: number) => String(Math.round(scaled * 100));

function lms12(api: Scorm12Api): Lms {
  let done = false;
  let finished = false;
  return {
    version: '1.2',
    suspendData: () => api.LMSGetValue('cmi.suspend_data') || '',
    launchData: () => api.LMSGetValue('cmi.launch_data') || '',
    suspend(data) {
      if (finished) return;
      api.LMSSetValue('cmi.suspend_data', data);
      // lesson_status cannot be set back to incomplete once passed or failed.
      if (!done) api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
      api.LMSSetValue('cmi.core.exit', done ? '' : 'suspend');
    },
    complete({ scaled, passed }) {
      if (finished) return;
      done = true;
      api.LMSSetValue('cmi.core.score.min', '0');
      api.LMSSetValue('cmi.core.score.max', '100');
      api.LMSSetValue('cmi.core.score.raw', score100(scaled));
      api.LMSSetValue('cmi.core.lesson_status', passed ? 'passed' : 'failed');
      api.LMSSetValue('cmi.core.exit', '');
    },
    commit: () => void (finished || api.LMSCommit('')),
    finish() {
      if (finished) return;
      finished = true;
      api.LMSCommit('');
      api.LMSFinish('');
    },
  };
}

function lms2004(api: Scorm2004Api): Lms {
  let done = false;
  let finished = false;
  return {
    version: '2004',
    suspendData: () => api.GetValue('cmi.suspend_data') || '',
    launchData: () => api.GetValue('cmi.launch_data') || '',
    suspend(data) {
      if (finished) return;
      api.SetValue('cmi.suspend_data', data);
      if (!done) api.SetValue('cmi.completion_status', 'incomplete');
      api.SetValue('cmi.exit', done ? 'normal' : 'suspend');
    },
    complete({ scaled, passed }) {
      if (finished) return;
      done = true;
      api.SetValue('cmi.score.min', '0');
      api.SetValue('cmi.score.max', '100');
      api.SetValue('cmi.score.raw', score100(scaled));
      api.SetValue('cmi.score.scaled', String(Math.round(scaled * 1000) / 1000));
      api.SetValue('cmi.completion_status', 'completed');
      api.SetValue('cmi.success_status', passed ? 'passed' : 'failed');
      api.SetValue('cmi.exit', 'normal');
    },
    commit: () => void (finished || api.Commit('')),
    finish() {
      if (finished) return;
      finished = true;
      api.Commit('');
      api.Terminate('');
    },
  };
}

/** Starts the LMS session; null when the LMS refuses to initialise (the game then runs on its own). */
export function openLms(found: FoundApi): Lms | null {
  if (found.version === '1.2') {
    return found.api.LMSInitialize('') === 'true' ? lms12(found.api) : null;
  }
  return found.api.Initialize('') === 'true' ? lms2004(found.api) : null;
}
