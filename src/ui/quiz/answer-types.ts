// The shape every answer control shares: a fieldset that reads back the player's answer, and what it is built from.
import type { PreparedQuestion, QuizAnswer, QuizQuestion } from '../../sim/quiz';
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
  /** Puts back an order saved in a draft (ordering questions only; other controls are plain inputs). */
  restoreOrder?(order: readonly string[]): void;
}

export interface ControlDeps<Q extends QuizQuestion> {
  readonly painter: Painter;
  readonly question: Q;
  readonly prepared: PreparedQuestion;
  /** Prefix for element ids, unique per question on the page. */
  readonly idBase: string;
}
