// A stored game in progress (settings, action log, snapshot cache): checked against the one save schema, and migrated from version 1.
import { cleanNickname } from '../../sim';
import type { SavedGame } from './contract';
import { isObj } from './guards';
import type { SaveRules } from './save-rules';
import { checkSavedGame } from './schemas';

/** Returns the saved game with its nickname cleaned, or null when any rule of the schema refuses it. */
export function validateSavedGame(v: unknown, rules: SaveRules): SavedGame | null {
  if (!checkSavedGame(v, rules).ok) return null;
  const saved = v as SavedGame;
  const nickname = cleanNickname(saved.settings.nickname);
  return { ...saved, settings: { ...saved.settings, nickname } };
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
