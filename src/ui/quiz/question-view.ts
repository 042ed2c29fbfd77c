// One quiz checkpoint question: heading, the other-language toggle, the answer form, then the feedback once submitted. No timer.
import {
  type Grade,
  type PreparedQuestion,
  type QuizAnswer,
  type QuizQuestion,
} from '../../sim/quiz';
import { h, paint } from '../dom';
import type { Screen, UiContext } from '../screen-context';
import { createFeedback } from './feedback';
import { createLanguageToggle } from './language-toggle';
import { createPainter } from './painter';
import type { DraftStore } from './answer-draft';
import { createQuestionForm } from './question-form';
import './quiz.css';

export interface QuestionViewOptions {
  ctx: UiContext;
  question: QuizQuestion;
  prepared: PreparedQuestion;
  /** "Question 2 of 4". */
  number: number;
  total: number;
  /** Restores a submitted answer and its stored grade after a reload: show its feedback, not the form. */
  submitted?: { readonly answer: QuizAnswer; readonly grade: Grade };
  /**
   * Called once when the player submits; returns the grade the game stored for it (graded once, in
   * the rules), or a promise of it that resolves once the answer is on disk.
   */
  onAnswered(answer: QuizAnswer): Grade | null | Promise<Grade | null>;
  /** The "Next question"/"Continue" button after feedback. */
  onNext(): void;
  /** Keeps a half-entered answer across reloads (none: it is not kept). */
  drafts?: DraftStore;
}

/** A language's name in the sentence's language ("anglais" in French), not its own name ("English"). */
export function languageName(lang: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

export function mountQuestionView(container: HTMLElement, options: QuestionViewOptions): Screen {
  const { ctx, question, prepared, number, total } = options;
  const painter = createPainter(ctx);
  const idBase = `quiz-${question.id}`;
  const headingId = `${idBase}-heading`;

  const position = h('span', { class: 'quiz-position' });
  const typeName = h('span', { class: 'quiz-type' });
  painter.add((p) => {
    position.textContent = p.ui('checkpoint:question.heading', { number, total });
    typeName.textContent = p.ui(`quiz:types.${question.type}`);
  });
  // Focusable so a new question can take focus and be read from its heading.
  const heading = h(
    'h2',
    { id: headingId, class: 'quiz-heading', tabindex: '-1' },
    position,
    typeName,
  );
  const toggle = createLanguageToggle(painter, () => {
    const lang = painter.now().contentLang;
    ctx.announce(
      ctx.t('checkpoint:toggle.announce', { language: languageName(lang, ctx.language()) }),
    );
  });
  const body = h('div', { class: 'quiz-body' });
  const element = h(
    'article',
    { class: 'quiz', 'aria-labelledby': headingId },
    h('header', { class: 'quiz-head' }, heading, toggle),
    body,
  );

  const showFeedback = (answer: QuizAnswer, graded: Grade, fresh: boolean) => {
    const feedback = createFeedback({
      painter,
      question,
      answer,
      graded,
      idBase,
      last: number >= total,
      onNext: options.onNext,
    });
    body.replaceChildren(feedback.element);
    if (!fresh) return;
    // The sound follows the store's answer/graded transition; the verdict is this view's own words.
    ctx.announce(feedback.verdict());
    feedback.next.focus();
  };

  let answered = false;
  if (options.submitted) {
    answered = true;
    showFeedback(options.submitted.answer, options.submitted.grade, false);
  } else {
    const form = createQuestionForm(
      painter,
      question,
      prepared,
      idBase,
      (answer) => {
        if (answered) return;
        const done = (graded: Grade | null) => {
          form.inert = false;
          answered = graded !== null;
          if (graded) showFeedback(answer, graded, true);
        };
        // Taken at once, so a second press while the answer is being saved does nothing.
        answered = true;
        const graded = options.onAnswered(answer);
        if (!(graded instanceof Promise)) return done(graded);
        form.inert = true;
        void graded.then(done);
      },
      options.drafts,
    );
    body.append(form);
  }
  container.append(element);
  paint(element, () => painter.repaint());
  heading.focus();

  return {
    element,
    destroy() {
      painter.clear();
      element.remove();
    },
  };
}
