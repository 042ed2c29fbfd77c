// Multiple choice: radio buttons in the seeded choice order.
import type { MultipleChoiceQuestion } from '../../sim/quiz';
import type { AnswerControl, ControlDeps } from './answer-types';
import { questionKey } from './painter';
import { createRadioGroup } from './radio-group';

export function createChoiceControl(deps: ControlDeps<MultipleChoiceQuestion>): AnswerControl {
  const { painter, question, prepared, idBase } = deps;
  const group = createRadioGroup(painter, question.id, idBase, prepared.choiceOrder, (choice) =>
    questionKey(question.id, `choices.${choice}`),
  );
  return {
    element: group.element,
    collect() {
      const choice = group.checked();
      if (choice !== undefined) return { answer: { type: 'multiple-choice', choice } };
      const first = group.inputs[0] ?? group.element;
      return { missing: first, message: painter.ctx.t('checkpoint:choice.missing') };
    },
  };
}
