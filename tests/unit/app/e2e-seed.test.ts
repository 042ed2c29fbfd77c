// The browser test plays a short game with ?seed=10 and expects all five question types: this keeps that true when the bank changes.
import { describe, expect, it } from 'vitest';
import {
  act,
  answerCurrent,
  finishCheckpoint,
  nextQuestion,
  startSession,
} from '../../../src/app/play-session';
import { defaultContent, type Action } from '../../../src/sim';
import { emptyBoxes } from '../../../src/sim/quiz';
import { rightAnswer, wrongAnswer } from '../../support/answers';
import { quiz } from '../../support/headless';

/** Question types a short game asks, answering two right and one wrong as game.e2e.ts does. */
function typesAsked(seed: number): Set<string> {
  let { session, boxes } = startSession(
    { seed, difficulty: 'normal', length: 'short' },
    'Mei',
    defaultContent,
    emptyBoxes(),
  );
  const types = new Set<string>();
  let answered = 0;
  for (let guard = 0; guard < 500 && session.game.phase !== 'end'; guard += 1) {
    const checkpoint = session.checkpoint;
    if (session.game.phase === 'checkpoint' && checkpoint) {
      if (checkpoint.current < checkpoint.questions.length) {
        const question = quiz.byId.get(checkpoint.questions[checkpoint.current]?.id ?? '');
        if (!question) throw new Error('unknown question');
        types.add(question.type);
        const answer = answered % 3 !== 1 ? rightAnswer(question) : wrongAnswer(question);
        answered += 1;
        session = nextQuestion(answerCurrent(session, answer, quiz)?.session ?? session);
      } else {
        const done = finishCheckpoint(session, defaultContent, quiz, boxes);
        if (!done?.ok) throw new Error('checkpoint rejected');
        ({ session, boxes } = done);
      }
      continue;
    }
    const game = session.game;
    const tenths = Math.round(game.budget * 10);
    const share = Math.floor(tenths / 4);
    const action: Action =
      game.phase === 'plan'
        ? {
            type: 'plan/commit',
            allocation: {
              chips: (tenths - 3 * share) / 10,
              incubators: share / 10,
              talent: share / 10,
              openSource: share / 10,
            },
          }
        : game.phase === 'event'
          ? { type: 'event/choose', optionId: game.event?.options[0] ?? '' }
          : { type: 'resolve/continue' };
    const step = act(session, action, defaultContent, quiz, boxes);
    if (!step.ok) throw new Error(step.error.code);
    session = step.session;
  }
  return types;
}

describe('the browser test’s seed', () => {
  it('asks all five question types in a short game with seed 10', () => {
    expect([...typesAsked(10)].sort()).toEqual([
      'matching',
      'multiple-choice',
      'numeric',
      'ordering',
      'true-false',
    ]);
  });
});
