// The one place the running game lives: screens read snapshots and call these methods; every change notifies listeners.
import {
  defaultContent,
  type Action,
  type Allocation,
  type Content,
  type NewGameOptions,
  type SimError,
} from '../sim';
import { emptyBoxes, type Grade, type LeitnerBoxes, type QuizAnswer } from '../sim/quiz';
import { QUESTION_BANK } from '../content/questions';
import {
  act,
  answerCurrent,
  finishCheckpoint,
  nextQuestion,
  quizContent,
  reconcileSession,
  setDraft,
  startCheckpoint,
  startSession,
  type PlaySession,
} from './play-session';

export interface Snapshot {
  readonly session: PlaySession | null;
  readonly boxes: LeitnerBoxes;
}

export type Listener = (snapshot: Snapshot, previous: Snapshot) => void;

export interface Store {
  snapshot(): Snapshot;
  subscribe(listener: Listener): () => void;
  newGame(options: NewGameOptions, nickname: string): void;
  /** Simulation actions; a rejected one leaves everything as it was and returns the typed error. */
  dispatch(action: Action): SimError | null;
  setDraft(allocation: Allocation): void;
  startCheckpoint(): void;
  answer(answer: QuizAnswer): Grade | null;
  nextQuestion(): void;
  finishCheckpoint(): SimError | null;
  quit(): void;
  /** Replaces everything (a restored save). */
  load(snapshot: Snapshot): void;
}

export function createStore(content: Content = defaultContent, initial?: Snapshot): Store {
  const quiz = quizContent(QUESTION_BANK);
  // Saves hold question ids: one retired since the save was written is replaced, never a dead end.
  const reconcile = (snapshot: Snapshot): Snapshot =>
    snapshot.session
      ? { ...snapshot, session: reconcileSession(snapshot.session, quiz, snapshot.boxes) }
      : snapshot;
  let state: Snapshot = initial ? reconcile(initial) : { session: null, boxes: emptyBoxes() };
  const listeners = new Set<Listener>();
  const set = (next: Snapshot) => {
    const previous = state;
    state = next;
    for (const listener of listeners) listener(state, previous);
  };
  const withSession = (session: PlaySession, boxes = state.boxes) => set({ session, boxes });

  return {
    snapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    newGame(options, nickname) {
      const { session, boxes } = startSession(options, nickname, content, state.boxes);
      withSession(session, boxes);
    },
    dispatch(action) {
      if (!state.session) return { code: 'phase/wrong' };
      const step = act(state.session, action, content, quiz, state.boxes);
      if (!step.ok) return step.error;
      withSession(step.session);
      return null;
    },
    setDraft(allocation) {
      if (state.session) withSession(setDraft(state.session, allocation));
    },
    startCheckpoint() {
      if (state.session) withSession(startCheckpoint(state.session));
    },
    answer(answer) {
      if (!state.session) return null;
      const answered = answerCurrent(state.session, answer, quiz);
      if (!answered) return null;
      withSession(answered.session);
      return answered.grade;
    },
    nextQuestion() {
      if (state.session) withSession(nextQuestion(state.session));
    },
    finishCheckpoint() {
      if (!state.session) return { code: 'phase/wrong' };
      const done = finishCheckpoint(state.session, content, quiz, state.boxes);
      if (!done) return { code: 'checkpoint/wrong-count' };
      if (!done.ok) return done.error;
      withSession(done.session, done.boxes);
      return null;
    },
    quit() {
      set({ session: null, boxes: state.boxes });
    },
    load(snapshot) {
      set(reconcile(snapshot));
    },
  };
}
