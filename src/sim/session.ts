// A game as the player plays it: settings plus an action log, and the pure reducer that turns each logged action into the next session.
import { apply } from './apply';
import type { Content } from './content-types';
import { newGame } from './new-game';
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
} from './quiz';
import type { Action, Allocation, GameState, NewGameOptions, SimError } from './types';

/** One graded answer, kept for the results screen (mastery by article section). */
export interface QuizLogEntry {
  readonly questionId: string;
  readonly section: SectionId;
  readonly credit: number;
}

/** The questions of the checkpoint being answered, the player's answers and their grades (null = not yet). */
export interface CheckpointSession {
  readonly questions: readonly PreparedQuestion[];
  readonly answers: readonly (QuizAnswer | null)[];
  /** Each answer's grade, worked out once when it is given. */
  readonly grades: readonly (Grade | null)[];
  /** Index of the question on screen; equals questions.length when the summary is shown. */
  readonly current: number;
  /** The player has left the checkpoint's introduction. */
  readonly started: boolean;
}

/** What the game is replayed from: everything a log needs besides the actions themselves. */
export interface GameSettings {
  readonly options: NewGameOptions;
  /** Cleaned with cleanNickname. */
  readonly nickname: string;
  /** The player's review boxes when the game started: they choose which missed questions come back. */
  readonly review: LeitnerBoxes;
  /**
   * A save from before the game kept its whole log (version 1 kept the simulation's actions only):
   * the session it had reached, replayed onwards from there. Never set for a new game.
   */
  readonly resumeFrom?: SessionState;
  /**
   * A missed question comes back once in a game, not at every checkpoint (set for games started
   * since issue 15; absent in older saves, which replay with the rule they were played with).
   */
  readonly missesReturnOnce?: true;
  /**
   * A class session game: the session code it belongs to (an id, shown again on the results). Its
   * checkpoints ask everyone the same questions: misses do not come back within the game.
   */
  readonly classCode?: string;
  /** False when the class session turned checkpoints off: the game then never stops for a quiz. */
  readonly checkpoints?: false;
  /**
   * The rules version the game was started with (RULES for new games); absent: 1, every game saved
   * before versions existed. A game is always replayed by its own version's numbers and calendar.
   */
  readonly rules?: number;
}

/** The rules version new games are started with (`Content.rules` of the default content). */
export const RULES = 2;

/** Everything an action can change: what the screens show. */
export interface SessionState {
  readonly game: GameState;
  /** Slider values of the plan on screen, kept so a reload finds them where they were. */
  readonly draft: Allocation | null;
  readonly checkpoint: CheckpointSession | null;
  readonly quizLog: readonly QuizLogEntry[];
  readonly quizRecord: GameQuizRecord;
  /** The review boxes, updated as each checkpoint ends. */
  readonly boxes: LeitnerBoxes;
}

export interface PlaySession extends SessionState {
  readonly settings: GameSettings;
  /** Every action since the start: the game is this log (everything else is derived from it). */
  readonly log: readonly SessionAction[];
}

/** The simulation's own actions the player takes directly (checkpoint answers go through the quiz actions). */
export type PlayAction = Exclude<Action, { type: 'checkpoint/answer' }>;

export type SessionAction =
  | PlayAction
  | { readonly type: 'draft/set'; readonly allocation: Allocation }
  | { readonly type: 'checkpoint/start' }
  | { readonly type: 'quiz/answer'; readonly answer: QuizAnswer }
  | { readonly type: 'quiz/next' }
  | { readonly type: 'checkpoint/finish' };

export type SessionErrorCode =
  | 'session/no-checkpoint'
  | 'session/already-answered'
  | 'session/not-answered'
  | 'session/unanswered'
  | 'session/unknown-question'
  | 'session/not-in-plan';

export type SessionError = SimError | { readonly code: SessionErrorCode };

export type SessionStep =
  | { readonly ok: true; readonly session: PlaySession }
  | { readonly ok: false; readonly error: SessionError };

export interface QuizContent {
  readonly bank: readonly QuizQuestion[];
  readonly byId: ReadonlyMap<string, QuizQuestion>;
}

/** What the reducer reads besides the session: the rules' content and the question bank. */
export interface SessionEnv {
  readonly content: Content;
  readonly quiz: QuizContent;
}

export function quizContent(bank: readonly QuizQuestion[]): QuizContent {
  return { bank, byId: new Map(bank.map((q) => [q.id, q])) };
}

/** Settings for a new game; the review boxes count one more game started. */
export function newSettings(
  options: NewGameOptions,
  nickname: string,
  boxes: LeitnerBoxes,
): GameSettings {
  return { options, nickname, review: startGame(boxes), missesReturnOnce: true, rules: RULES };
}

/** A checkpoint saved before grades were kept: each given answer is graded again (same rules, same grade). */
function regraded(checkpoint: CheckpointSession | null, env: SessionEnv): CheckpointSession | null {
  if (!checkpoint || checkpoint.grades?.length === checkpoint.questions.length) return checkpoint;
  const grades = checkpoint.questions.map((prepared, i) => {
    const question = env.quiz.byId.get(prepared.id);
    const given = checkpoint.answers[i];
    return question && given ? grade(question, given) : null;
  });
  return { ...checkpoint, started: checkpoint.started ?? false, grades };
}

export function newSession(settings: GameSettings, env: SessionEnv): PlaySession {
  const resumed = settings.resumeFrom;
  if (resumed) {
    // A checkpoint that asks a question retired since the save was written is drawn again from the
    // current bank: its answers were not yet sent to the rules, so nothing the game counted is lost.
    const retired = resumed.checkpoint?.questions.some((q) => !env.quiz.byId.has(q.id));
    const state = retired
      ? withCheckpoint({ ...resumed, checkpoint: null }, settings, env)
      : { ...resumed, checkpoint: regraded(resumed.checkpoint, env) };
    return { ...state, settings, log: [] };
  }
  const start: SessionState = {
    game: newGame(settings.options, rulesFor(settings, env)),
    draft: null,
    checkpoint: null,
    quizLog: [],
    quizRecord: emptyGameRecord(),
    boxes: settings.review,
  };
  return { ...start, settings, log: [] };
}

// One copy of the rules without checkpoints per content object, so a replay allocates it once.
const withoutCheckpoints = new WeakMap<Content, Content>();

/** The content of a rules version: the current one, or an earlier one it keeps (else the current). */
export function contentOfRules(content: Content, rules: number | undefined): Content {
  const version = rules ?? 1;
  if (version === content.rules) return content;
  return content.earlier?.find((c) => c.rules === version) ?? content;
}

/**
 * The rules a game is played by: its rules version's content, with no checkpoint when its settings
 * turned them off. Views read scenarios and cards through it too, so they show the game's own numbers.
 */
export function rulesFor(settings: GameSettings, env: SessionEnv): Content {
  const content = contentOfRules(env.content, settings.rules);
  if (settings.checkpoints !== false) return content;
  let rules = withoutCheckpoints.get(content);
  if (!rules) {
    const { standard, short } = content.scenarios;
    rules = {
      ...content,
      scenarios: {
        standard: { ...standard, checkpointAfter: [] },
        short: { ...short, checkpointAfter: [] },
      },
    };
    withoutCheckpoints.set(content, rules);
  }
  return rules;
}

const fail = (code: SessionErrorCode): SessionStep => ({ ok: false, error: { code } });

/** Appends to the log; a draft replaces a draft just before it, so slider moves do not grow the log. */
function logged(log: readonly SessionAction[], action: SessionAction): SessionAction[] {
  const last = log.at(-1);
  if (action.type === 'draft/set' && last?.type === 'draft/set')
    return [...log.slice(0, -1), action];
  return [...log, action];
}

/** Prepares the questions when the game has just reached a checkpoint. */
function withCheckpoint(state: SessionState, settings: GameSettings, env: SessionEnv) {
  const due = state.game.phase === 'checkpoint' ? state.game.checkpoint : null;
  if (!due || state.checkpoint) return state;
  const { questions } = selectCheckpoint({
    seed: settings.options.seed,
    checkpointIndex: due.index,
    count: due.questionCount,
    bank: env.quiz.bank,
    askedThisGame: state.quizRecord.asked,
    // A class game asks every student the same questions in the same order, so a miss does not
    // come back within it (it does in the student's own games, through the review boxes).
    missedThisGame: settings.classCode === undefined ? state.quizRecord.missed : [],
    boxes: state.boxes,
  });
  const empty = questions.map(() => null);
  const checkpoint = { questions, answers: empty, grades: empty, current: 0, started: false };
  return { ...state, checkpoint };
}

function simStep(session: PlaySession, action: Action, env: SessionEnv): SessionState | SimError {
  const result = apply(session.game, action, rulesFor(session.settings, env));
  if (!result.ok) return result.error;
  const next: SessionState = {
    ...session,
    game: result.state,
    draft: action.type === 'plan/commit' ? null : session.draft,
  };
  return withCheckpoint(next, session.settings, env);
}

/** Sends every graded answer to the simulation and updates the review boxes. */
function finishCheckpoint(session: PlaySession, env: SessionEnv): SessionState | SessionError {
  const checkpoint = session.checkpoint;
  if (!checkpoint) return { code: 'session/no-checkpoint' };
  const graded = checkpoint.questions.map((prepared, i) => {
    const question = env.quiz.byId.get(prepared.id);
    const g = checkpoint.grades[i];
    return question && g ? { question, result: toQuestionResult(question, g) } : null;
  });
  if (graded.some((g) => g === null)) return { code: 'session/unanswered' };
  const done = graded.filter((g) => g !== null);
  const results = done.map((g) => g.result);
  const after = simStep(
    { ...session, checkpoint: null },
    { type: 'checkpoint/answer', results },
    env,
  );
  if ('code' in after) return after;
  const log = done.map(({ question, result }) => ({
    questionId: question.id,
    section: question.section,
    credit: result.credit,
  }));
  return {
    ...after,
    quizLog: [...session.quizLog, ...log],
    quizRecord: recordCheckpoint(
      session.quizRecord,
      results,
      session.settings.missesReturnOnce === true,
    ),
    boxes: updateBoxes(session.boxes, results),
  };
}

function answer(session: PlaySession, given: QuizAnswer, env: SessionEnv): SessionStep {
  const checkpoint = session.checkpoint;
  if (!checkpoint || checkpoint.current >= checkpoint.questions.length)
    return fail('session/no-checkpoint');
  const prepared = checkpoint.questions[checkpoint.current];
  const question = prepared && env.quiz.byId.get(prepared.id);
  if (!question) return fail('session/unknown-question');
  if (checkpoint.answers[checkpoint.current]) return fail('session/already-answered');
  const at = checkpoint.current;
  const next: CheckpointSession = {
    ...checkpoint,
    started: true,
    answers: checkpoint.answers.map((a, i) => (i === at ? given : a)),
    grades: checkpoint.grades.map((g, i) => (i === at ? grade(question, given) : g)),
  };
  return { ok: true, session: { ...session, checkpoint: next } };
}

/** What an action does to the session, without logging it. */
function reduce(session: PlaySession, action: SessionAction, env: SessionEnv): SessionStep {
  const checkpoint = session.checkpoint;
  switch (action.type) {
    case 'draft/set':
      if (session.game.phase !== 'plan') return fail('session/not-in-plan');
      return { ok: true, session: { ...session, draft: action.allocation } };
    case 'checkpoint/start':
      if (!checkpoint) return fail('session/no-checkpoint');
      return { ok: true, session: { ...session, checkpoint: { ...checkpoint, started: true } } };
    case 'quiz/answer':
      return answer(session, action.answer, env);
    case 'quiz/next': {
      if (!checkpoint) return fail('session/no-checkpoint');
      if (!checkpoint.answers[checkpoint.current]) return fail('session/not-answered');
      const current = Math.min(checkpoint.current + 1, checkpoint.questions.length);
      return { ok: true, session: { ...session, checkpoint: { ...checkpoint, current } } };
    }
    case 'checkpoint/finish': {
      const next = finishCheckpoint(session, env);
      return 'code' in next
        ? { ok: false, error: next }
        : { ok: true, session: { ...session, ...next } };
    }
    default: {
      // Only the player's own simulation actions: checkpoint results come from graded answers.
      const type = (action as { type?: unknown }).type;
      if (type === 'checkpoint/answer' || typeof type !== 'string')
        return { ok: false, error: { code: 'action/unknown', type: String(type) } };
      const next = simStep(session, action, env);
      return 'code' in next
        ? { ok: false, error: next }
        : { ok: true, session: { ...session, ...next } };
    }
  }
}

/** The one way a session changes: a legal action is applied and logged; anything else is a typed error. */
export function reduceSession(
  session: PlaySession,
  action: SessionAction,
  env: SessionEnv,
): SessionStep {
  const step = reduce(session, action, env);
  if (!step.ok) return step;
  return { ok: true, session: { ...step.session, log: logged(session.log, action) } };
}

export interface ReplayResult {
  /** The session after the longest legal prefix of the log. */
  readonly session: PlaySession;
  /** Index of the first action the rules rejected, and why; null when the whole log is legal. */
  readonly rejected: { readonly index: number; readonly error: SessionError } | null;
}

/** Replays a log from its settings: the final state, score and quiz outcomes, recomputed. */
export function replay(
  settings: GameSettings,
  log: readonly SessionAction[],
  env: SessionEnv,
): ReplayResult {
  let session = newSession(settings, env);
  for (const [index, action] of log.entries()) {
    const step = reduceSession(session, action, env);
    if (!step.ok) return { session, rejected: { index, error: step.error } };
    session = step.session;
  }
  return { session, rejected: null };
}
