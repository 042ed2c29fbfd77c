// A whole game through the app's session: plans, events, checkpoints with right and wrong answers, to the end.
import { describe, expect, it } from 'vitest';
import {
  act,
  answerCurrent,
  finishCheckpoint,
  nextQuestion,
  quizContent,
  setDraft,
  startSession,
  type PlaySession,
} from '../../../src/app/play-session';
import { createStore } from '../../../src/app/store';
import { QUESTION_BANK } from '../../../src/content/questions';
import {
  apply,
  defaultContent,
  newGame,
  PILLARS,
  type Allocation,
  type GameState,
} from '../../../src/sim';
import { emptyBoxes, type LeitnerBoxes } from '../../../src/sim/quiz';
import { rightAnswer, wrongAnswer } from '../../support/answers';

const quiz = quizContent(QUESTION_BANK);
const options = { seed: 7, difficulty: 'normal', length: 'short' } as const;

function evenSplit(game: GameState): Allocation {
  const tenths = Math.round(game.budget * 10);
  const share = Math.floor(tenths / 4);
  const parts = PILLARS.map((_, i) => (i === 0 ? tenths - share * 3 : share) / 10);
  return {
    chips: parts[0] ?? 0,
    incubators: parts[1] ?? 0,
    talent: parts[2] ?? 0,
    openSource: parts[3] ?? 0,
  };
}

/** Plays to the end, answering every other question right; returns the final session and boxes. */
function playWhole(): { session: PlaySession; boxes: LeitnerBoxes; asked: number } {
  let { session, boxes } = startSession(options, 'Mei', defaultContent, emptyBoxes());
  let asked = 0;
  for (let guard = 0; guard < 200 && session.game.phase !== 'end'; guard += 1) {
    const phase = session.game.phase;
    if (phase === 'checkpoint') {
      const checkpoint = session.checkpoint;
      if (!checkpoint) throw new Error('checkpoint phase without questions');
      if (checkpoint.current < checkpoint.questions.length) {
        const question = quiz.byId.get(checkpoint.questions[checkpoint.current]?.id ?? '');
        if (!question) throw new Error('unknown question');
        const answer = asked % 2 === 0 ? rightAnswer(question) : wrongAnswer(question);
        const answered = answerCurrent(session, answer, quiz);
        expect(answered?.grade.correct).toBe(asked % 2 === 0);
        asked += 1;
        session = nextQuestion(answered?.session ?? session);
      } else {
        const done = finishCheckpoint(session, defaultContent, quiz, boxes);
        if (!done?.ok) throw new Error('checkpoint rejected');
        ({ session, boxes } = done);
      }
      continue;
    }
    const action =
      phase === 'plan'
        ? ({ type: 'plan/commit', allocation: evenSplit(session.game) } as const)
        : phase === 'event'
          ? ({ type: 'event/choose', optionId: session.game.event?.options[0] ?? '' } as const)
          : ({ type: 'resolve/continue' } as const);
    const step = act(session, action, defaultContent, quiz, boxes);
    if (!step.ok) throw new Error(step.error.code);
    session = step.session;
  }
  return { session, boxes, asked };
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
    const boxes = emptyBoxes();
    let { session } = startSession(options, '', defaultContent, boxes);
    while (session.game.phase !== 'checkpoint') {
      const phase = session.game.phase;
      const action =
        phase === 'plan'
          ? ({ type: 'plan/commit', allocation: evenSplit(session.game) } as const)
          : phase === 'event'
            ? ({ type: 'event/choose', optionId: session.game.event?.options[0] ?? '' } as const)
            : ({ type: 'resolve/continue' } as const);
      const step = act(session, action, defaultContent, quiz, boxes);
      if (!step.ok) throw new Error(step.error.code);
      session = step.session;
    }
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
