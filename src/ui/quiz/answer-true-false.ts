// True or false: two radio buttons, "True" first, whose texts come from the quiz namespace.
import type { TrueFalseQuestion } from '../../sim/quiz';
import type { AnswerControl, ControlDeps } from './answer-types';
import { createRadioGroup } from './radio-group';

export function createTrueFalseControl(deps: ControlDeps<TrueFalseQuestion>): AnswerControl {
  const { painter, question, prepared, idBase } = deps;
  const values = prepared.choiceOrder.length > 0 ? prepared.choiceOrder : ['true', 'false'];
  const group = createRadioGroup(
    painter,
    question.id,
    idBase,
    values,
    (value) => `quiz:types.${value}`,
  );
  return {
    element: group.element,
    collect() {
      const value = group.checked();
      if (value !== undefined) return { answer: { type: 'true-false', value: value === 'true' } };
      const first = group.inputs[0] ?? group.element;
      return { missing: first, message: painter.ctx.t('checkpoint:choice.missing') };
    },
  };
}
