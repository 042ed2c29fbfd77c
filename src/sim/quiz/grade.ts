// Grades one answer by its question type (with partial credit for matching, ordering and numeric) and turns grades into simulation results.
import type { QuestionResult } from '../pillars';
import type {
  Grade,
  MatchingQuestion,
  NumericQuestion,
  OrderingQuestion,
  QuizAnswer,
  QuizQuestion,
} from './types';

/** Credit at or above this counts as "right" for the Leitner boxes and the replay of missed questions. */
export const FULL_CREDIT = 1;

function whole(ok: boolean): number {
  return ok ? 1 : 0;
}

/** Share of items sent to their right target; an unanswered item is simply wrong. */
function gradeMatching(q: MatchingQuestion, pairs: Readonly<Record<string, string>>): Grade {
  const perItem: Record<string, boolean> = {};
  let right = 0;
  for (const item of q.items) {
    const ok = pairs[item] !== undefined && pairs[item] === q.answer[item];
    perItem[item] = ok;
    right += whole(ok);
  }
  const credit = q.items.length === 0 ? 0 : right / q.items.length;
  return { credit, correct: credit >= FULL_CREDIT, details: { type: 'matching', perItem } };
}

/**
 * Share of item pairs placed in the right relative order (Kendall's concordance): one adjacent swap
 * in four items still earns 5/6, a fully reversed list earns 0. Unknown or repeated ids earn 0.
 */
function gradeOrdering(q: OrderingQuestion, order: readonly string[]): Grade {
  const n = q.items.length;
  const pairs = (n * (n - 1)) / 2;
  const valid =
    order.length === n && new Set(order).size === n && order.every((id) => q.items.includes(id));
  let inOrder = 0;
  if (valid) {
    const position = new Map(order.map((id, index) => [id, index]));
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        const a = position.get(q.items[i] as string) ?? 0;
        const b = position.get(q.items[j] as string) ?? 0;
        inOrder += whole(a < b);
      }
    }
  }
  const credit = pairs === 0 ? 0 : inOrder / pairs;
  return {
    credit,
    correct: credit >= FULL_CREDIT,
    details: { type: 'ordering', expected: q.items, pairsInOrder: inOrder, pairs },
  };
}

/** Full credit within the tolerance, half credit within twice the tolerance: an estimate, not a recital. */
function gradeNumeric(q: NumericQuestion, value: number): Grade {
  const distance = Number.isFinite(value) ? Math.abs(value - q.answer) : Number.POSITIVE_INFINITY;
  // A tiny epsilon so 8.5 ± 1 accepts 9.5 despite floating-point noise.
  const eps = 1e-9;
  const credit = distance <= q.tolerance + eps ? 1 : distance <= 2 * q.tolerance + eps ? 0.5 : 0;
  return {
    credit,
    correct: credit >= FULL_CREDIT,
    details: { type: 'numeric', expected: q.answer, tolerance: q.tolerance, distance },
  };
}

/** Grades one answer. A mismatched answer type earns 0 with a `mismatch` detail; it never throws. */
export function grade(question: QuizQuestion, answer: QuizAnswer): Grade {
  if (answer.type !== question.type) {
    return {
      credit: 0,
      correct: false,
      details: { type: 'mismatch', expectedType: question.type },
    };
  }
  switch (question.type) {
    case 'multiple-choice': {
      const ok = answer.type === 'multiple-choice' && answer.choice === question.answer;
      const details = { type: 'multiple-choice', expected: question.answer } as const;
      return { credit: whole(ok), correct: ok, details };
    }
    case 'true-false': {
      const ok = answer.type === 'true-false' && answer.value === question.answer;
      return {
        credit: whole(ok),
        correct: ok,
        details: { type: 'true-false', expected: question.answer },
      };
    }
    case 'matching':
      return gradeMatching(question, answer.type === 'matching' ? answer.pairs : {});
    case 'ordering':
      return gradeOrdering(question, answer.type === 'ordering' ? answer.order : []);
    case 'numeric':
      return gradeNumeric(question, answer.type === 'numeric' ? answer.value : Number.NaN);
  }
}

/** The record the simulation receives in its `checkpoint/answer` action. */
export function toQuestionResult(question: QuizQuestion, graded: Grade): QuestionResult {
  return { questionId: question.id, pillar: question.pillar, credit: graded.credit };
}
