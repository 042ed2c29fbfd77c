// One replay of a class game's log, step by step: what the result-code packer, its reader and the verifier all walk through, so the game is replayed once per code.
import {
  reduceSession,
  type PlaySession,
  type SessionAction,
  type SessionEnv,
  type SessionError,
} from '../../sim';
import type { QuizAnswer, SectionId } from '../../sim/quiz';

/** One answered question of a finished checkpoint, as the replay graded it. */
export interface VerifiedAnswer {
  readonly questionId: string;
  readonly section: SectionId;
  /** 0..1, recomputed by grading the answer given. */
  readonly credit: number;
  readonly correct: boolean;
  readonly answer: QuizAnswer;
  /** The checkpoint's index in the game (0 = first). */
  readonly checkpoint: number;
}

/** The answers of the checkpoint about to close, graded as the replay graded them. */
function closingAnswers(session: PlaySession, env: SessionEnv): VerifiedAnswer[] {
  const cp = session.checkpoint;
  const index = session.game.checkpoint?.index ?? session.game.checkpointsDone;
  if (!cp) return [];
  return cp.questions.flatMap((prepared, i) => {
    const question = env.quiz.byId.get(prepared.id);
    const answer = cp.answers[i];
    const graded = cp.grades[i];
    if (!question || !answer || !graded) return [];
    const { credit, correct } = graded;
    const { id: questionId, section } = question;
    return [{ questionId, section, credit, correct, answer, checkpoint: index }];
  });
}

/**
 * A replay that never throws. A refused action leaves the session where it was (the packer and the
 * reader must agree on it), an action the reducer cannot even read ends the replay; the first of
 * either is kept as the verdict, and answers count only up to it.
 */
export class ClassReplay {
  private next = 0;
  /** Null once an action made the reducer throw (a hand-made answer of an impossible shape). */
  session: PlaySession | null;
  rejected: { readonly index: number; readonly error: SessionError | null } | null = null;
  readonly answers: VerifiedAnswer[] = [];

  constructor(
    start: PlaySession | null,
    private readonly env: SessionEnv,
  ) {
    this.session = start;
  }

  step(action: SessionAction): void {
    const index = this.next++;
    const session = this.session;
    if (!session) return;
    try {
      const closing = action.type === 'checkpoint/finish' ? closingAnswers(session, this.env) : [];
      const stepped = reduceSession(session, action, this.env);
      if (stepped.ok) {
        this.session = stepped.session;
        if (!this.rejected) this.answers.push(...closing);
      } else this.rejected ??= { index, error: stepped.error };
    } catch {
      this.rejected ??= { index, error: null };
      this.session = null;
    }
  }
}
