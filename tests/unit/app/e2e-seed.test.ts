// The browser test plays a short game with ?seed=22 and expects all five question types: this keeps that true when the bank changes.
import { describe, expect, it } from 'vitest';
import { newSession, newSettings, reduceSession } from '../../../src/sim';
import { emptyBoxes } from '../../../src/sim/quiz';
import { rightAnswer, wrongAnswer } from '../../support/answers';
import { env, nextAction, quiz } from '../../support/headless';

/** Question types a short game asks, answering two right and one wrong as game.e2e.ts does. */
function typesAsked(seed: number): Set<string> {
  const options = { seed, difficulty: 'normal', length: 'short' } as const;
  let session = newSession(newSettings(options, 'Mei', emptyBoxes()), env);
  const types = new Set<string>();
  let answered = 0;
  for (let guard = 0; guard < 1000 && session.game.phase !== 'end'; guard += 1) {
    let action = nextAction(session, answered);
    if (action.type === 'quiz/answer') {
      const checkpoint = session.checkpoint;
      const question = quiz.byId.get(checkpoint?.questions[checkpoint.current]?.id ?? '');
      if (!question) throw new Error('unknown question');
      types.add(question.type);
      const answer = answered % 3 !== 1 ? rightAnswer(question) : wrongAnswer(question);
      action = { type: 'quiz/answer', answer };
      answered += 1;
    }
    const step = reduceSession(session, action, env);
    if (!step.ok) throw new Error(step.error.code);
    session = step.session;
  }
  return types;
}

describe('the browser test’s seed', () => {
  it('asks all five question types in a short game with seed 22', () => {
    expect([...typesAsked(22)].sort()).toEqual([
      'matching',
      'multiple-choice',
      'numeric',
      'ordering',
      'true-false',
    ]);
  });
});
