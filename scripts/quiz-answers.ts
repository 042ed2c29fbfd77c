// The right (or a wrong) answer to any question, as a player would submit it (tests and scripts).
import type { QuizAnswer, QuizQuestion } from '../src/sim/quiz';

export function rightAnswer(q: QuizQuestion): QuizAnswer {
  switch (q.type) {
    case 'multiple-choice':
      return { type: q.type, choice: q.answer };
    case 'true-false':
      return { type: q.type, value: q.answer };
    case 'matching':
      return { type: q.type, pairs: q.answer };
    case 'ordering':
      return { type: q.type, order: q.items };
    case 'numeric':
      return { type: q.type, value: q.answer };
  }
}

export function wrongAnswer(q: QuizQuestion): QuizAnswer {
  switch (q.type) {
    case 'multiple-choice':
      return { type: q.type, choice: q.choices.find((c) => c !== q.answer) ?? '' };
    case 'true-false':
      return { type: q.type, value: !q.answer };
    case 'matching':
      return { type: q.type, pairs: {} };
    case 'ordering':
      return { type: q.type, order: [...q.items].reverse() };
    case 'numeric':
      return { type: q.type, value: q.answer + 10 * q.tolerance + 1 };
  }
}
