// A game in progress as the app sees it: the simulation state plus the quiz session around it, changed by pure functions.
import {
  apply,
  newGame,
  type Action,
  type Allocation,
  type Content,
  type GameState,
  type NewGameOptions,
  type SimError,
} from '../sim';
import {
  emptyGameRecord,
  grade,
  recordCheckpoint,
  selectCheckpoint,
  startGame,
  toQuestionResult,
  updateBoxes,
  type GameQuizRecord,
  type Grade,
  type LeitnerBoxes,
  type PreparedQuestion,
  type QuizAnswer,
  type QuizQuestion,
  type SectionId,
} from '../sim/quiz';

/** One graded answer, kept for the results screen (mastery by article section). */
export interface QuizLogEntry {
  readonly questionId: string;
  readonly section: SectionId;
  readonly credit: number;
}

/** The questions of the checkpoint being answered, and the player's answers so far (null = not yet). */
export interface CheckpointSession {
  readonly questions: readonly PreparedQuestion[];
  readonly answers: readonly (QuizAnswer | null)[];
  /** Index of the question on screen; equals questions.length when the summary is shown. */
  readonly current: number;
  /** The player has left the checkpoint's introduction (saved, so a reload does not show it again). */
  readonly started?: boolean;
}

export interface PlaySession {
  readonly options: NewGameOptions;
  readonly nickname: string;
  readonly game: GameState;
  /** Every simulation action since newGame, so a save can be replayed and checked. */
  readonly actions: readonly Action[];
  /** Slider values of the plan on screen, kept so a reload finds them where they were. */
  readonly draft: Allocation | null;
  readonly checkpoint: CheckpointSession | null;
  readonly quizLog: readonly QuizLogEntry[];
  readonly quizRecord: GameQuizRecord;
}

export interface QuizContent {
  readonly bank: readonly QuizQuestion[];
  readonly byId: ReadonlyMap<string, QuizQuestion>;
}

export function quizContent(bank: readonly QuizQuestion[]): QuizContent {
  return { bank, byId: new Map(bank.map((q) => [q.id, q])) };
}

export function startSession(
  options: NewGameOptions,
  nickname: string,
  content: Content,
  boxes: LeitnerBoxes,
) {
  const session: PlaySession = {
    options,
    nickname,
    game: newGame(options, content),
    actions: [],
    draft: null,
    checkpoint: null,
    quizLog: [],
    quizRecord: emptyGameRecord(),
  };
  return { session, boxes: startGame(boxes) };
}

/** Prepares the questions when the game has just reached a checkpoint. */
function withCheckpoint(session: PlaySession, quiz: QuizContent, boxes: LeitnerBoxes): PlaySession {
  const due = session.game.phase === 'checkpoint' ? session.game.checkpoint : null;
  if (!due || session.checkpoint) return session;
  const { questions } = selectCheckpoint({
    seed: session.game.seed,
    checkpointIndex: due.index,
    count: due.questionCount,
    bank: quiz.bank,
    askedThisGame: session.quizRecord.asked,
    missedThisGame: session.quizRecord.missed,
    boxes,
  });
  return { ...session, checkpoint: { questions, answers: questions.map(() => null), current: 0 } };
}

/**
 * A saved checkpoint that asks a question no longer in the bank (retired since the save was
 * written) is drawn again from the current bank, so an old save still loads and plays on. Its
 * answers were not yet sent to the simulation, so nothing the game counted is lost.
 */
export function reconcileSession(
  session: PlaySession,
  quiz: QuizContent,
  boxes: LeitnerBoxes,
): PlaySession {
  const checkpoint = session.checkpoint;
  if (!checkpoint || checkpoint.questions.every((q) => quiz.byId.has(q.id))) return session;
  return withCheckpoint({ ...session, checkpoint: null }, quiz, boxes);
}

export type Step = { ok: true; session: PlaySession } | { ok: false; error: SimError };

/** Applies a simulation action; the draft is cleared once a plan is committed. */
export function act(
  session: PlaySession,
  action: Action,
  content: Content,
  quiz: QuizContent,
  boxes: LeitnerBoxes,
): Step {
  const result = apply(session.game, action, content);
  if (!result.ok) return result;
  const next: PlaySession = {
    ...session,
    game: result.state,
    actions: [...session.actions, action],
    draft: action.type === 'plan/commit' ? null : session.draft,
  };
  return { ok: true, session: withCheckpoint(next, quiz, boxes) };
}

export function setDraft(session: PlaySession, draft: Allocation): PlaySession {
  return { ...session, draft };
}

/** Grades the question on screen and records the answer; the engine's grade is returned for the feedback. */
export function answerCurrent(
  session: PlaySession,
  answer: QuizAnswer,
  quiz: QuizContent,
): { session: PlaySession; grade: Grade } | null {
  const checkpoint = session.checkpoint;
  const prepared = checkpoint?.questions[checkpoint.current];
  const question = prepared && quiz.byId.get(prepared.id);
  if (!checkpoint || !question || checkpoint.answers[checkpoint.current]) return null;
  const answers = checkpoint.answers.map((a, i) => (i === checkpoint.current ? answer : a));
  return {
    session: { ...session, checkpoint: { ...checkpoint, answers } },
    grade: grade(question, answer),
  };
}

/** Leaves the checkpoint's introduction for its first question. */
export function startCheckpoint(session: PlaySession): PlaySession {
  if (!session.checkpoint || session.checkpoint.started) return session;
  return { ...session, checkpoint: { ...session.checkpoint, started: true } };
}

/** Moves to the next question once the current one is answered; past the last one, shows the summary. */
export function nextQuestion(session: PlaySession): PlaySession {
  const checkpoint = session.checkpoint;
  if (!checkpoint || !checkpoint.answers[checkpoint.current]) return session;
  return {
    ...session,
    checkpoint: {
      ...checkpoint,
      current: Math.min(checkpoint.current + 1, checkpoint.questions.length),
    },
  };
}

/** Sends every graded answer to the simulation and updates the review boxes. */
export function finishCheckpoint(
  session: PlaySession,
  content: Content,
  quiz: QuizContent,
  boxes: LeitnerBoxes,
) {
  const checkpoint = session.checkpoint;
  if (!checkpoint || checkpoint.answers.some((a) => a === null)) return null;
  const graded = checkpoint.questions.flatMap((prepared, i) => {
    const question = quiz.byId.get(prepared.id);
    const answer = checkpoint.answers[i];
    return question && answer
      ? [{ question, result: toQuestionResult(question, grade(question, answer)) }]
      : [];
  });
  const results = graded.map((g) => g.result);
  const step = act(
    { ...session, checkpoint: null },
    { type: 'checkpoint/answer', results },
    content,
    quiz,
    boxes,
  );
  if (!step.ok) return step;
  const log = graded.map(({ question, result }) => ({
    questionId: question.id,
    section: question.section,
    credit: result.credit,
  }));
  const session2: PlaySession = {
    ...step.session,
    quizLog: [...session.quizLog, ...log],
    quizRecord: recordCheckpoint(session.quizRecord, results),
  };
  return { ok: true as const, session: session2, boxes: updateBoxes(boxes, results) };
}
