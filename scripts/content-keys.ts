// Type-specific answer-key checks: each key must point at existing choices, items and targets, and numbers must be usable.
import type { QuizQuestion } from '../src/sim/quiz/types';
import type { Problem } from './content-types';

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

/** Type-specific schema: answer keys must point at existing choices, items and targets. */
export function checkKey(q: QuizQuestion, problems: Problem[]): void {
  const where = `question ${q.id}`;
  const fail = (message: string) => problems.push({ where, message });
  switch (q.type) {
    case 'multiple-choice':
      if (q.choices.length < 3 || !unique(q.choices)) fail('needs at least 3 distinct choice ids');
      if (!q.choices.includes(q.answer)) fail(`answer "${q.answer}" is not one of its choices`);
      break;
    case 'true-false':
      if (typeof q.answer !== 'boolean') fail('answer must be true or false');
      break;
    case 'matching': {
      if (q.items.length < 3 || !unique(q.items) || !unique(q.targets))
        fail('needs at least 3 distinct items and distinct targets');
      const keys = Object.keys(q.answer);
      if (keys.length !== q.items.length || !q.items.every((i) => keys.includes(i)))
        fail('answer must map every item exactly once');
      for (const [item, target] of Object.entries(q.answer)) {
        if (!q.targets.includes(target)) fail(`item "${item}" maps to unknown target "${target}"`);
      }
      break;
    }
    case 'ordering':
      if (q.items.length < 3 || !unique(q.items)) fail('needs at least 3 distinct items');
      break;
    case 'numeric':
      if (![q.answer, q.tolerance, q.min, q.max, q.step].every(Number.isFinite))
        fail('numbers must be finite');
      if (!(q.tolerance > 0 && q.step > 0)) fail('tolerance and step must be positive');
      if (!(q.min <= q.answer && q.answer <= q.max)) fail('answer must lie within [min, max]');
      break;
  }
}
