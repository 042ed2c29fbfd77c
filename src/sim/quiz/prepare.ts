// Puts a question's choices and items in a seeded display order, so a class session sees the same order on every screen.
import { quizRng, shuffle } from './rng';
import type { PreparedQuestion, QuizQuestion } from './types';

/** True/false keeps its conventional order; everything else is shuffled per (seed, checkpoint, question). */
export function prepareQuestion(
  question: QuizQuestion,
  seed: number,
  checkpointIndex: number,
): PreparedQuestion {
  const rng = quizRng(seed, checkpointIndex, `order:${question.id}`);
  const base = {
    id: question.id,
    type: question.type,
    choiceOrder: [],
    itemOrder: [],
    targetOrder: [],
  };
  switch (question.type) {
    case 'multiple-choice':
      return { ...base, choiceOrder: shuffle(rng, question.choices) };
    case 'true-false':
      return { ...base, choiceOrder: ['true', 'false'] };
    case 'matching':
      return {
        ...base,
        itemOrder: shuffle(rng, question.items),
        targetOrder: shuffle(rng, question.targets),
      };
    case 'ordering': {
      let order = shuffle(rng, question.items);
      // A list that already shows the answer teaches nothing: rotate it by one.
      if (order.every((id, i) => id === question.items[i]) && order.length > 1) {
        order = [...order.slice(1), ...order.slice(0, 1)];
      }
      return { ...base, itemOrder: order };
    }
    case 'numeric':
      return base;
  }
}
