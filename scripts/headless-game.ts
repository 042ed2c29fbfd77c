// A scripted player: plays a whole game through the session reducer, yielding after every player action (tests, bench, reading time).
import { QUESTION_BANK } from '../src/content/questions';
import { defaultContent } from '../src/content';
import { RETIRED_QUESTION_IDS } from '../src/content/questions/retired';
import { saveRules } from '../src/services/save/save-rules';
import {
  newSession,
  newSettings,
  quizContent,
  reduceSession,
  type GameSettings,
  type NewGameOptions,
  type PlaySession,
  type SessionAction,
  type SessionEnv,
} from '../src/sim';
import { evenSplit } from '../src/sim/budget';
import { emptyBoxes, type LeitnerBoxes } from '../src/sim/quiz';
import { rightAnswer, wrongAnswer } from './quiz-answers';

export const quiz = quizContent(QUESTION_BANK);
export const env: SessionEnv = { content: defaultContent, quiz };
/** What saves may hold under today's rules and bank, as the game itself builds it. */
export const rules = saveRules(env, RETIRED_QUESTION_IDS);

export interface Step {
  readonly session: PlaySession;
  readonly boxes: LeitnerBoxes;
}

/** The next action of a scripted player: every other answer right, a draft before each commit. */
export function nextAction(session: PlaySession, asked: number): SessionAction {
  const { game, checkpoint } = session;
  if (game.phase === 'checkpoint' && checkpoint) {
    if (!checkpoint.started) return { type: 'checkpoint/start' };
    if (checkpoint.current >= checkpoint.questions.length) return { type: 'checkpoint/finish' };
    if (checkpoint.answers[checkpoint.current]) return { type: 'quiz/next' };
    const question = quiz.byId.get(checkpoint.questions[checkpoint.current]?.id ?? '');
    if (!question) throw new Error('unknown question');
    const answer = asked % 2 === 0 ? rightAnswer(question) : wrongAnswer(question);
    return { type: 'quiz/answer', answer };
  }
  if (game.phase === 'plan') {
    const allocation = evenSplit(game.budget);
    return session.draft ? { type: 'plan/commit', allocation } : { type: 'draft/set', allocation };
  }
  if (game.phase === 'event')
    return { type: 'event/choose', optionId: game.event?.options[0] ?? '' };
  return { type: 'resolve/continue' };
}

export function* playGame(
  options: NewGameOptions,
  nickname = 'Mei',
  startBoxes: LeitnerBoxes = emptyBoxes(),
): Generator<Step> {
  yield* playSettings(newSettings(options, nickname, startBoxes));
}

/** The same player from given settings (an old save's, a class game's). */
export function* playSettings(settings: GameSettings): Generator<Step> {
  let session = newSession(settings, env);
  let asked = 0;
  yield { session, boxes: session.boxes };
  for (let guard = 0; guard < 1000 && session.game.phase !== 'end'; guard += 1) {
    const action = nextAction(session, asked);
    if (action.type === 'quiz/answer') asked += 1;
    const step = reduceSession(session, action, env);
    if (!step.ok) throw new Error(step.error.code);
    session = step.session;
    yield { session, boxes: session.boxes };
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
