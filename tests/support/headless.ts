// Test and bench helper: plays a whole game through the app's session functions, yielding after every player action.
import {
  act,
  answerCurrent,
  finishCheckpoint,
  nextQuestion,
  quizContent,
  setDraft,
  startSession,
  type PlaySession,
} from '../../src/sim/session';
import { QUESTION_BANK } from '../../src/content/questions';
import { PILLARS, type Allocation, type GameState, type NewGameOptions } from '../../src/sim';
import { defaultContent } from '../../src/content';
import { emptyBoxes, type LeitnerBoxes } from '../../src/sim/quiz';
import { rightAnswer, wrongAnswer } from './answers';

export const quiz = quizContent(QUESTION_BANK);

export interface Step {
  readonly session: PlaySession;
  readonly boxes: LeitnerBoxes;
}

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

/** Every other answer right; a plan draft is set before each commit, as the sliders would. */
export function* playGame(
  options: NewGameOptions,
  nickname = 'Mei',
  startBoxes: LeitnerBoxes = emptyBoxes(),
): Generator<Step> {
  let { session, boxes } = startSession(options, nickname, defaultContent, startBoxes);
  let asked = 0;
  yield { session, boxes };
  for (let guard = 0; guard < 500 && session.game.phase !== 'end'; guard += 1) {
    const phase = session.game.phase;
    const checkpoint = session.checkpoint;
    if (phase === 'checkpoint' && checkpoint) {
      if (checkpoint.current < checkpoint.questions.length) {
        const question = quiz.byId.get(checkpoint.questions[checkpoint.current]?.id ?? '');
        if (!question) throw new Error('unknown question');
        const answer = asked % 2 === 0 ? rightAnswer(question) : wrongAnswer(question);
        asked += 1;
        session = answerCurrent(session, answer, quiz)?.session ?? session;
        yield { session, boxes };
        session = nextQuestion(session);
      } else {
        const done = finishCheckpoint(session, defaultContent, quiz, boxes);
        if (!done?.ok) throw new Error('checkpoint rejected');
        ({ session, boxes } = done);
      }
      yield { session, boxes };
      continue;
    }
    if (phase === 'plan') {
      session = setDraft(session, evenSplit(session.game));
      yield { session, boxes };
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
    yield { session, boxes };
  }
}

/** The state after the last step matching `stop`, or the end of the game. */
export function playUntil(options: NewGameOptions, stop: (s: Step) => boolean = () => false): Step {
  let last: Step | undefined;
  for (const step of playGame(options)) {
    last = step;
    if (stop(step)) break;
  }
  if (!last) throw new Error('no step');
  return last;
}
