// Checks that a stored game in progress (the app's PlaySession) has the shape the app relies on; the sim replay checks the rest.
import type { PlaySession } from '../../sim/session';
import { SECTION_IDS } from '../../sim/quiz/types';
import { cleanNickname } from '../../sim/nickname';
import { isArrayOf, isInt, isNum, isObj, isOneOf, isStr, type Obj } from './guards';

export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;
export const LENGTHS = ['standard', 'short'] as const;

const isString = (v: unknown): v is string => isStr(v, 200);

function isOptions(v: unknown): boolean {
  return (
    isObj(v) && isInt(v.seed) && isOneOf(v.difficulty, DIFFICULTIES) && isOneOf(v.length, LENGTHS)
  );
}

/** The snapshot: version 1 of the sim's GameState with its core fields. */
function isGame(v: unknown): boolean {
  return (
    isObj(v) &&
    v.version === 1 &&
    isInt(v.seed) &&
    typeof v.phase === 'string' &&
    isInt(v.year) &&
    isNum(v.budget) &&
    isObj(v.indicators) &&
    Array.isArray(v.rng) &&
    Array.isArray(v.history)
  );
}

const isAction = (v: unknown): v is Obj => isObj(v) && typeof v.type === 'string';

function isDraft(v: unknown): boolean {
  return (
    v === null ||
    (isObj(v) && isNum(v.chips) && isNum(v.incubators) && isNum(v.talent) && isNum(v.openSource))
  );
}

function isCheckpoint(v: unknown): boolean {
  if (v === null) return true;
  if (!isObj(v) || !Array.isArray(v.questions) || !Array.isArray(v.answers)) return false;
  return (
    v.questions.every((q) => isObj(q) && isString(q.id)) &&
    v.answers.length === v.questions.length &&
    v.answers.every((a) => a === null || (isObj(a) && typeof a.type === 'string')) &&
    isInt(v.current) &&
    v.current >= 0 &&
    v.current <= v.questions.length &&
    (v.started === undefined || typeof v.started === 'boolean')
  );
}

const isLogEntry = (v: unknown): v is Obj =>
  isObj(v) && isString(v.questionId) && isOneOf(v.section, SECTION_IDS) && isNum(v.credit);

function isRecord(v: unknown): boolean {
  return isObj(v) && isArrayOf(v.asked, isString) && isArrayOf(v.missed, isString);
}

/** Returns the session with its nickname cleaned, or null when a field the app relies on is wrong. */
export function validateSession(v: unknown): PlaySession | null {
  if (!isObj(v) || !isOptions(v.options) || !isGame(v.game) || !isArrayOf(v.actions, isAction))
    return null;
  if (!isDraft(v.draft) || !isCheckpoint(v.checkpoint)) return null;
  if (!isArrayOf(v.quizLog, isLogEntry) || !isRecord(v.quizRecord)) return null;
  const nickname = typeof v.nickname === 'string' ? cleanNickname(v.nickname.slice(0, 1000)) : '';
  return { ...(v as unknown as PlaySession), nickname };
}
