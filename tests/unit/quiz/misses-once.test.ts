// A missed question comes back once in a game, never at every checkpoint; old saves keep the rule they were played with.
import { describe, expect, it } from 'vitest';
import {
  LENGTHS,
  newSession,
  newSettings,
  reduceSession,
  type PlaySession,
} from '../../../src/sim';
import { emptyBoxes } from '../../../src/sim/quiz';
import { env, nextAction } from '../../support/headless';
import { wrongAnswer } from '../../../scripts/quiz-answers';

/** Plays a whole game answering every question wrong; returns how often each question was asked. */
function askedCounts(session: PlaySession): Map<string, number> {
  const counts = new Map<string, number>();
  let s = session;
  for (let guard = 0; guard < 2000 && s.game.phase !== 'end'; guard += 1) {
    let action = nextAction(s, 1);
    const checkpoint = s.checkpoint;
    if (action.type === 'quiz/answer' && checkpoint) {
      const id = checkpoint.questions[checkpoint.current]?.id ?? '';
      counts.set(id, (counts.get(id) ?? 0) + 1);
      const question = env.quiz.byId.get(id);
      if (!question) throw new Error(`unknown question ${id}`);
      action = { type: 'quiz/answer', answer: wrongAnswer(question) };
    }
    const step = reduceSession(s, action, env);
    if (!step.ok) throw new Error(step.error.code);
    s = step.session;
  }
  return counts;
}

describe('missed questions in one game', () => {
  it.each(LENGTHS.flatMap((length) => [1, 2, 3, 4, 5, 6].map((seed) => [length, seed] as const)))(
    'come back at most once (%s game, seed %i, every answer wrong)',
    (length, seed) => {
      const settings = newSettings({ seed, difficulty: 'normal', length }, 'Mei', emptyBoxes());
      const counts = askedCounts(newSession(settings, env));
      expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
      // Misses do come back: the rule is "once", not "never".
      expect([...counts.values()].some((n) => n === 2)).toBe(true);
    },
  );

  it('came back at every checkpoint in games saved before the rule (their replay is unchanged)', () => {
    const settings = newSettings(
      { seed: 1, difficulty: 'normal', length: 'standard' },
      'Mei',
      emptyBoxes(),
    );
    const old = { ...settings, missesReturnOnce: undefined };
    const counts = askedCounts(newSession(old, env));
    expect(Math.max(...counts.values())).toBeGreaterThan(2);
  });
});
