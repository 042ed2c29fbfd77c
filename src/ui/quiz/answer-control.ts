// The switch that picks the answer control for a question's type.
import type { QuizQuestion } from '../../sim/quiz';
import { createChoiceControl } from './answer-multiple-choice';
import { createMatchingControl } from './answer-matching';
import { createNumericControl } from './answer-numeric';
import { createOrderingControl } from './answer-ordering';
import { createTrueFalseControl } from './answer-true-false';
import type { AnswerControl, ControlDeps } from './answer-types';

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
