// A class game saves and reloads like any game: the save schema accepts its session code and checkpoints-off flag, and the replay keeps them.
import { describe, expect, it } from 'vitest';
import { restoreGame, toSaved } from '../../../src/services/save/replay';
import { checkSavedGame } from '../../../src/services/save/schemas';
import { validateSavedGame } from '../../../src/services/save/session-shape';
import { newSession, replay } from '../../../src/sim';
import {
  classGameSettings,
  demoResults,
  encodeSessionCode,
  type ClassSettings,
} from '../../../src/services/classroom';
import { rules } from '../../support/headless';
import { env } from './support';

const settings: ClassSettings = {
  length: 'short',
  difficulty: 'hard',
  language: 'any',
  checkpoints: false,
  timerSeconds: 20,
  seed: 2024,
};
const code = encodeSessionCode(settings);

describe('a class game in a save', () => {
  it('passes the save schema and reloads with its session code and rules', () => {
    const [student] = demoResults(code, 1, env);
    if (!student) throw new Error('no demo student');
    const half = student.log.slice(0, 8);
    const played = replay(classGameSettings(settings, student.nickname), half, env).session;
    const saved = JSON.parse(JSON.stringify(toSaved(played))) as unknown;
    expect(checkSavedGame(saved, rules)).toEqual({ ok: true });
    const valid = validateSavedGame(saved, rules);
    if (!valid) throw new Error('save refused');
    const restored = restoreGame(valid, env);
    expect(restored.problem).toBeFalsy();
    expect(restored.session.settings.classCode).toBe(code);
    expect(restored.session.settings.checkpoints).toBe(false);
    expect(restored.session.game).toEqual(played.game);
  });

  it('refuses a save whose session code is not one', () => {
    const session = newSession(classGameSettings(settings, 'A'), env);
    const saved = JSON.parse(JSON.stringify(toSaved(session))) as {
      settings: { classCode: string };
    };
    saved.settings.classCode = 'not a code';
    expect(checkSavedGame(saved, rules).ok).toBe(false);
  });
});
