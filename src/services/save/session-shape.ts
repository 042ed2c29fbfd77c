// Checks that a stored game in progress (settings, action log, snapshot cache) has the shape the replay relies on; the replay checks the rest.
import { cleanNickname, DIFFICULTIES, LENGTHS } from '../../sim';
import { SECTION_IDS } from '../../sim/quiz/types';
import type { SavedGame } from './contract';
import { isArrayOf, isInt, isNum, isObj, isOneOf, isStr, type Obj } from './guards';
import { validateBoxes } from './boxes-shape';

/** A standard game logs about 150 actions; anything far beyond is not a game. */
const LOG_MAX = 5_000;

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

/** A session reached before the log was kept (a migrated version-1 save). */
function isSessionState(v: unknown): boolean {
  return (
    isObj(v) &&
    isGame(v.game) &&
    isDraft(v.draft) &&
    isCheckpoint(v.checkpoint) &&
    isArrayOf(v.quizLog, isLogEntry) &&
    isRecord(v.quizRecord) &&
    validateBoxes(v.boxes) !== null
  );
}

function isSettings(v: unknown): v is Obj {
  return (
    isObj(v) &&
    isOptions(v.options) &&
    typeof v.nickname === 'string' &&
    validateBoxes(v.review) !== null &&
    (v.resumeFrom === undefined || isSessionState(v.resumeFrom))
  );
}

/** Returns the saved game with its nickname cleaned, or null when a field the replay relies on is wrong. */
export function validateSavedGame(v: unknown): SavedGame | null {
  if (!isObj(v) || !isSettings(v.settings) || !isSessionState(v.snapshot)) return null;
  if (!Array.isArray(v.log) || v.log.length > LOG_MAX || !v.log.every(isAction)) return null;
  const settings = v.settings as unknown as SavedGame['settings'];
  const nickname = cleanNickname(settings.nickname.slice(0, 1000));
  return { ...(v as unknown as SavedGame), settings: { ...settings, nickname } };
}

/** Version 1 kept the simulation's actions only: its session becomes the point the new log starts from. */
export function migrateV1Game(game: unknown, boxes: unknown): unknown {
  if (!isObj(game)) return game;
  const checkpoint = isObj(game.checkpoint)
    ? { ...game.checkpoint, started: game.checkpoint.started ?? false }
    : game.checkpoint;
  // The session it had reached is both where the new log starts and the snapshot cache.
  const reached = {
    game: game.game,
    draft: game.draft,
    checkpoint,
    quizLog: game.quizLog,
    quizRecord: game.quizRecord,
    boxes,
  };
  return {
    settings: {
      options: game.options,
      nickname: game.nickname,
      review: boxes,
      resumeFrom: reached,
    },
    log: [],
    snapshot: reached,
  };
}
