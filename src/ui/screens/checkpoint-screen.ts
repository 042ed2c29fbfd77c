// A quiz checkpoint: an introduction, the questions one at a time, then what was earned.
import type { GameState } from '../../sim';
import { PARAMS } from '../../sim/params';
import type { Grade, QuizAnswer, QuizQuestion } from '../../sim/quiz';
import type { CheckpointSession } from '../../sim/session';
import { bind, h, text } from '../dom';
import type { DraftStore } from '../quiz/answer-draft';
import { mountQuestionView } from '../quiz/question-view';
import type { Screen, UiContext } from '../screen-context';

export interface CheckpointHandlers {
  question(id: string): QuizQuestion | undefined;
  /** Leaves the introduction; the game view then shows the first question. */
  onStart(): void;
  /** Records the answer; returns the grade the game stored (once on disk), or null when it was refused. */
  onAnswer(answer: QuizAnswer): Grade | null | Promise<Grade | null>;
  onNext(): void;
  onFinish(): void;
  /** Where the half-entered answer of a question is kept across reloads. */
  drafts?(questionId: string): DraftStore;
  /** The game's capital per credit (percent): `capitalPerCredit` of its scenario. */
  readonly capitalPerCredit: number;
}

function introCard(
  ctx: UiContext,
  game: GameState,
  count: number,
  onStart: () => void,
): HTMLElement {
  const title = h('h2', { id: 'checkpoint-title', tabindex: '-1' });
  bind(title, 'game:checkpoint.title', ctx.t, { number: (game.checkpoint?.index ?? 0) + 1 });
  // The first checkpoint explains what answers earn; later ones only say how many questions come.
  const first = (game.checkpoint?.index ?? 0) === 0;
  const intro = h('p', {});
  bind(intro, first ? 'game:checkpoint.intro' : 'game:checkpoint.introShort', ctx.t, { count });
  const start = text('button', 'game:checkpoint.start', {
    type: 'button',
    class: 'button primary',
  });
  start.addEventListener('click', onStart);
  return h(
    'section',
    { class: 'card checkpoint-intro', 'aria-labelledby': 'checkpoint-title' },
    title,
    intro,
    h('div', { class: 'actions' }, start),
  );
}

function summaryCard(
  ctx: UiContext,
  first: boolean,
  perCredit: number,
  session: CheckpointSession,
  credit: number,
  onFinish: () => void,
): HTMLElement {
  const summary = h('p', {});
  bind(summary, 'game:checkpoint.summary', ctx.t, { credit, count: session.questions.length });
  const next = text('button', 'game:checkpoint.continue', {
    type: 'button',
    class: 'button primary',
  });
  next.addEventListener('click', () => {
    next.disabled = true;
    onFinish();
  });
  return h(
    'section',
    { class: 'card checkpoint-summary', 'aria-labelledby': 'checkpoint-summary-title' },
    text('h2', 'game:checkpoint.summaryTitle', { id: 'checkpoint-summary-title', tabindex: '-1' }),
    summary,
    // "Credit earned: 2.0 of 3" alone never says what credit does: the rules' numbers the first
    // time, a reminder after that.
    text(
      'p',
      first ? 'game:checkpoint.creditNote' : 'game:checkpoint.creditShort',
      {},
      {
        gain: perCredit / 100,
        fade: 1 - PARAMS.capitalRetention,
      },
    ),
    credit < session.questions.length ? text('p', 'game:checkpoint.missedNote') : null,
    h('div', { class: 'actions' }, next),
  );
}

function submittedAt(session: CheckpointSession, i: number) {
  const answer = session.answers[i];
  const grade = session.grades[i];
  return answer && grade ? { answer, grade } : undefined;
}

export function mountCheckpointScreen(
  container: HTMLElement,
  ctx: UiContext,
  game: GameState,
  session: CheckpointSession,
  credits: readonly number[],
  handlers: CheckpointHandlers,
): Screen {
  const host = h('div', { class: 'checkpoint' });
  container.append(host);
  let inner: Screen | null = null;
  const showQuestion = () => {
    const prepared = session.questions[session.current];
    const question = prepared && handlers.question(prepared.id);
    if (!prepared || !question) return;
    inner = mountQuestionView(host, {
      ctx,
      question,
      prepared,
      number: session.current + 1,
      total: session.questions.length,
      submitted: submittedAt(session, session.current),
      onAnswered: handlers.onAnswer,
      onNext: handlers.onNext,
      drafts: handlers.drafts?.(prepared.id),
    });
  };
  // Saved in the session, so a reload on the first question does not show the introduction again.
  const notStarted = !session.started && session.current === 0 && session.answers[0] === null;
  if (session.current >= session.questions.length) {
    host.append(
      summaryCard(
        ctx,
        (game.checkpoint?.index ?? 0) === 0,
        handlers.capitalPerCredit,
        session,
        credits.reduce((a, b) => a + b, 0),
        handlers.onFinish,
      ),
    );
  } else if (notStarted) {
    host.append(introCard(ctx, game, session.questions.length, handlers.onStart));
  } else {
    showQuestion();
  }
  return {
    element: host,
    destroy: () => {
      inner?.destroy();
      host.remove();
    },
  };
}
