// A whole game through the app's session: plans, events, checkpoints with right and wrong answers, to the end.
import { describe, expect, it } from 'vitest';
import {
  act,
  answerCurrent,
  finishCheckpoint,
  quizContent,
  setDraft,
  startSession,
  type PlaySession,
} from '../../../src/sim/session';
import { createStore } from '../../../src/app/store';
import { QUESTION_BANK } from '../../../src/content/questions';
import { apply, newGame, type Allocation, type GameState } from '../../../src/sim';
import { defaultContent } from '../../../src/content';
import { emptyBoxes, type LeitnerBoxes } from '../../../src/sim/quiz';
import { rightAnswer, wrongAnswer } from '../../support/answers';
import { playUntil } from '../../support/headless';

const quiz = quizContent(QUESTION_BANK);
const options = { seed: 7, difficulty: 'normal', length: 'short' } as const;

/** Plays to the end through the shared headless player (every other answer right). */
function playWhole(): { session: PlaySession; boxes: LeitnerBoxes; asked: number } {
  const { session, boxes } = playUntil(options);
  return { session, boxes, asked: session.quizLog.length };
}

function evenSplit(game: GameState): Allocation {
  const tenths = Math.round(game.budget * 10);
  const share = Math.floor(tenths / 4);
  return {
    chips: (tenths - share * 3) / 10,
    incubators: share / 10,
    talent: share / 10,
    openSource: share / 10,
  };
}

describe('play session', () => {
  it('plays a short game to the end with checkpoints, logging every graded answer', () => {
    const { session, boxes, asked } = playWhole();
    expect(session.game.phase).toBe('end');
    expect(session.game.score?.total).toBeGreaterThan(0);
    expect(asked).toBeGreaterThan(0);
    expect(session.quizLog).toHaveLength(asked);
    expect(session.quizLog.filter((e) => e.credit === 1).length).toBe(Math.ceil(asked / 2));
    expect(session.quizRecord.missed.length).toBeGreaterThan(0);
    expect(Object.keys(boxes.entries)).toHaveLength(
      new Set(session.quizLog.map((e) => e.questionId)).size,
    );
  });

  it('records every simulation action, so the game can be replayed from the seed', () => {
    const { session } = playWhole();
    let replay = newGame(options, defaultContent);
    for (const action of session.actions) {
      const result = apply(replay, action, defaultContent);
      if (!result.ok) throw new Error(result.error.code);
      replay = result.state;
    }
    expect(replay).toEqual(session.game);
  });

  it('keeps the plan draft until the plan is committed', () => {
    const { session } = startSession(options, '', defaultContent, emptyBoxes());
    const draft = evenSplit(session.game);
    const drafted = setDraft(session, draft);
    expect(drafted.draft).toEqual(draft);
    const step = act(
      drafted,
      { type: 'plan/commit', allocation: draft },
      defaultContent,
      quiz,
      emptyBoxes(),
    );
    expect(step.ok && step.session.draft).toBeNull();
  });

  it('refuses a second answer to the same question and an unfinished checkpoint', () => {
    const { session, boxes } = playUntil(options, (step) => step.session.checkpoint !== null);
    expect(finishCheckpoint(session, defaultContent, quiz, boxes)).toBeNull();
    const first = quiz.byId.get(session.checkpoint?.questions[0]?.id ?? '');
    if (!first) throw new Error('no question');
    const answered = answerCurrent(session, rightAnswer(first), quiz);
    expect(answered).not.toBeNull();
    expect(answerCurrent(answered?.session ?? session, wrongAnswer(first), quiz)).toBeNull();
  });
});

describe('store', () => {
  it('notifies listeners and leaves state untouched on a rejected action', () => {
    const store = createStore();
    const seen: string[] = [];
    store.subscribe((snap) => seen.push(snap.session?.game.phase ?? 'none'));
    store.newGame(options, 'Ana');
    const before = store.snapshot();
    const error = store.dispatch({
      type: 'plan/commit',
      allocation: { chips: 999, incubators: 0, talent: 0, openSource: 0 },
    });
    expect(error?.code).toBe('budget/over-limit');
    expect(store.snapshot()).toBe(before);
    expect(seen).toEqual(['plan']);
  });
});
