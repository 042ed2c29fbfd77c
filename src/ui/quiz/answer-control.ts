// The shape every answer control shares (a fieldset that reads back the player's answer) and the switch that picks one by question type.
import type { PreparedQuestion, QuizAnswer, QuizQuestion } from '../../sim/quiz';
import { createChoiceControl } from './answer-multiple-choice';
import { createMatchingControl } from './answer-matching';
import { createNumericControl } from './answer-numeric';
import { createOrderingControl } from './answer-ordering';
import { createTrueFalseControl } from './answer-true-false';
import type { Painter } from './painter';

/**
 * Either a complete answer, or the first control still missing one and why; no message when the
 * control already shows its own inline error (the numeric input), so nothing is said twice.
 */
export type Collected =
  { readonly answer: QuizAnswer } | { readonly missing: HTMLElement; readonly message?: string };

export interface AnswerControl {
  readonly element: HTMLElement;
  collect(): Collected;
}

export interface ControlDeps<Q extends QuizQuestion> {
  readonly painter: Painter;
  readonly question: Q;
  readonly prepared: PreparedQuestion;
  /** Prefix for element ids, unique per question on the page. */
  readonly idBase: string;
}

export function createAnswerControl(deps: ControlDeps<QuizQuestion>): AnswerControl {
  const { question } = deps;
  switch (question.type) {
    case 'multiple-choice':
      return createChoiceControl({ ...deps, question });
    case 'true-false':
      return createTrueFalseControl({ ...deps, question });
    case 'matching':
      return createMatchingControl({ ...deps, question });
    case 'ordering':
      return createOrderingControl({ ...deps, question });
    case 'numeric':
      return createNumericControl({ ...deps, question });
  }
}
