// The settings a student's class game starts from: the session's seed and rules, and the same fresh review boxes for everyone.
import { cleanNickname, RULES, type GameSettings } from '../../sim';
import { emptyBoxes, startGame } from '../../sim/quiz/leitner';
import { encodeSessionCode, type ClassSettings } from './session-code';

/**
 * Fresh review boxes (not the student's own) so that every student meets the same checkpoint
 * questions in the same order: the selection reads the boxes, and everyone's are empty at game 1.
 * The session code rides along in the settings, so a reloaded game still knows its session.
 */
export function classGameSettings(s: ClassSettings, nickname: string): GameSettings {
  const rules = s.rules ?? RULES;
  return {
    options: { seed: s.seed, difficulty: s.difficulty, length: s.length },
    nickname: cleanNickname(nickname),
    review: startGame(emptyBoxes()),
    classCode: encodeSessionCode(s),
    ...(s.checkpoints ? {} : { checkpoints: false as const }),
    // Codes made before rules versions replay by rules 1 (absent), as their games were played.
    ...(rules > 1 ? { rules } : {}),
  };
}
