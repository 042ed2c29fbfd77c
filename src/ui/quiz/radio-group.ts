// A fieldset of radio buttons shared by multiple-choice and true/false: one large, labelled target per option.
import { h } from '../dom';
import { promptLegend } from './prompt';
import { contentText, type Painter } from './painter';

export interface RadioGroup {
  readonly element: HTMLFieldSetElement;
  readonly inputs: readonly HTMLInputElement[];
  /** The checked option's value, if any. */
  checked(): string | undefined;
}

/** `labelKey(value)` gives the locale key of each option's text. */
export function createRadioGroup(
  painter: Painter,
  questionId: string,
  idBase: string,
  values: readonly string[],
  labelKey: (value: string) => string,
): RadioGroup {
  const inputs: HTMLInputElement[] = [];
  const list = h('div', { class: 'quiz-options' });
  values.forEach((value, index) => {
    const id = `${idBase}-option-${index}`;
    const input = h('input', { type: 'radio', name: `${idBase}-answer`, id, value });
    inputs.push(input);
    list.append(
      h(
        'label',
        { class: 'quiz-option', for: id },
        input,
        contentText(painter, 'span', labelKey(value), { class: 'quiz-option-text' }),
      ),
    );
  });
  const element = h(
    'fieldset',
    { class: 'quiz-fieldset' },
    promptLegend(painter, questionId),
    list,
  );
  return {
    element,
    inputs,
    checked: () => inputs.find((input) => input.checked)?.value,
  };
}
