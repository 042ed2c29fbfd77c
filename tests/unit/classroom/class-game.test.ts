// A class game's settings: the session's seed and rules for everyone, fresh review boxes, checkpoints off honoured.
import { describe, expect, it } from 'vitest';
import { defaultContent } from '../../../src/content';
import { newSession, reduceSession, type PlaySession, type SessionAction } from '../../../src/sim';
import { nextAction, quizPlayer } from '../../../src/sim/headless/play';
import { fixedPolicy } from '../../../src/sim/headless/policies';
import {
  classGameSettings,
  demoGame,
  encodeSessionCode,
  type ClassSettings,
} from '../../../src/services/classroom';
import { env } from './support';

const base: ClassSettings = {
  length: 'short',
  difficulty: 'normal',
  language: 'any',
  checkpoints: true,
  timerSeconds: 0,
  seed: 4242,
};

/** Plays the simulation's moves only, through the session, until the game ends or a checkpoint opens. */
function playUntilCheckpointOrEnd(session: PlaySession): PlaySession {
  let s = session;
  const policy = fixedPolicy([1, 1, 1, 1]);
  for (;;) {
    if (s.checkpoint || s.game.phase === 'end') return s;
    const action = nextAction(s.game, policy, quizPlayer(0, 1));
    if (!action || action.type === 'checkpoint/answer') return s;
    const step = reduceSession(s, action, env);
    if (!step.ok) throw new Error(step.error.code);
    s = step.session;
  }
}

describe('classGameSettings', () => {
  it('starts every student from the session seed, rules and the same fresh boxes', () => {
    const a = classGameSettings(base, 'Léa');
    const b = classGameSettings(base, '  Tom\n');
    expect(a.options).toEqual({ seed: 4242, difficulty: 'normal', length: 'short' });
    expect(a.review).toEqual(b.review);
    expect(a.review.entries).toEqual({});
    expect(b.nickname).toBe('Tom');
    expect(a.classCode).toBe(encodeSessionCode(base));
    expect(a.checkpoints).toBeUndefined();
  });

  it('with checkpoints on, the game stops for a quiz with the same questions for everyone', () => {
    const a = playUntilCheckpointOrEnd(newSession(classGameSettings(base, 'A'), env));
    const b = playUntilCheckpointOrEnd(newSession(classGameSettings(base, 'B'), env));
    expect(a.checkpoint?.questions.length).toBe(
      defaultContent.scenarios.short.questionsPerCheckpoint,
    );
    expect(a.checkpoint?.questions).toEqual(b.checkpoint?.questions);
  });

  it('asks a strong and a weak student the same questions in the same order at every checkpoint', () => {
    const asked = (accuracy: number) => {
      const policy = fixedPolicy([1, 2, 1, 2]);
      const game = demoGame(base, 'X', policy, accuracy, 7, env);
      return replayQuestions(game.log);
    };
    const replayQuestions = (log: readonly SessionAction[]) => {
      let s = newSession(classGameSettings(base, 'X'), env);
      const seen: string[][] = [];
      for (const action of log) {
        if (action.type === 'checkpoint/start' && s.checkpoint)
          seen.push(s.checkpoint.questions.map((q) => `${q.id}:${q.choiceOrder.join('')}`));
        const step = reduceSession(s, action, env);
        if (!step.ok) throw new Error(step.error.code);
        s = step.session;
      }
      return seen;
    };
    const strong = asked(1);
    const weak = asked(0);
    expect(strong).toHaveLength(2);
    expect(weak).toEqual(strong);
  });

  it('with checkpoints off, the game plays to its end without one', () => {
    const settings = classGameSettings({ ...base, checkpoints: false }, 'A');
    expect(settings.checkpoints).toBe(false);
    const end = playUntilCheckpointOrEnd(newSession(settings, env));
    expect(end.checkpoint).toBeNull();
    expect(end.game.phase).toBe('end');
    expect(end.game.checkpointsDone).toBe(0);
    expect(end.game.history.length).toBe(5);
  });

  it('plays a code made before rules versions by rules 1: the 7-turn short game its class played', () => {
    const old = classGameSettings({ ...base, rules: 1 }, 'A');
    expect(old.rules).toBeUndefined();
    const end = playUntilCheckpointOrEnd(newSession({ ...old, checkpoints: false }, env));
    expect(end.game.history.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    expect(classGameSettings(base, 'A').rules).toBe(2);
  });
});
