// Numeric estimate: a labelled number input (unit in the label, bounds as a hint) with an inline error for empty or out-of-range values.
import type { NumericQuestion } from '../../sim/quiz';
import { h } from '../dom';
import type { AnswerControl, Collected, ControlDeps } from './answer-types';
import { formatNumber } from './painter';
import { promptLegend } from './prompt';

export function createNumericControl(deps: ControlDeps<NumericQuestion>): AnswerControl {
  const { painter, question, idBase } = deps;
  const inputId = `${idBase}-number`;
  const hintId = `${idBase}-range`;
  const errorId = `${idBase}-error`;
  const input = h('input', {
    id: inputId,
    type: 'number',
    inputmode: 'decimal',
    min: String(question.min),
    max: String(question.max),
    step: String(question.step),
    'aria-describedby': `${hintId} ${errorId}`,
    autocomplete: 'off',
  });
  const label = h('label', { for: inputId, class: 'quiz-number-label' });
  const hint = h('p', { id: hintId, class: 'quiz-hint' });
  const errorText = h('span');
  const error = h(
    'p',
    { id: errorId, class: 'quiz-field-error', hidden: true },
    h('span', { 'aria-hidden': 'true' }, document.createTextNode('⚠ ')),
    errorText,
  );
  // The last error shown, so a language switch can rewrite it in the new language.
  let errorKey: string | null = null;
  const bounds = (lang: string) => ({
    min: formatNumber(question.min, lang),
    max: formatNumber(question.max, lang),
  });
  painter.add((p) => {
    label.textContent = p.ui('checkpoint:numeric.label', {
      unit: p.content(`quiz:units.${question.unit}`),
    });
    hint.textContent = p.ui('checkpoint:numeric.range', bounds(p.uiLang));
    if (errorKey) errorText.textContent = p.ui(errorKey, bounds(p.uiLang));
  });

  const showError = (key: string | null) => {
    errorKey = key;
    error.hidden = key === null;
    if (key) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    const { ui, uiLang } = painter.now();
    errorText.textContent = key ? ui(key, bounds(uiLang)) : '';
  };
  /** An unreadable entry leaves `value` empty in browsers, so "empty" also covers "not a number". */
  const check = (): number | string => {
    const raw = input.value.trim().replace(',', '.');
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value)) return 'checkpoint:numeric.empty';
    if (value < question.min || value > question.max) return 'checkpoint:numeric.outOfRange';
    return value;
  };
  // Once an error shows, it updates as the player types, so it disappears as soon as the entry is fixed.
  input.addEventListener('input', () => {
    if (errorKey === null) return;
    const result = check();
    showError(typeof result === 'string' ? result : null);
  });

  const element = h(
    'fieldset',
    { class: 'quiz-fieldset' },
    promptLegend(painter, question.id),
    h('div', { class: 'quiz-number' }, label, input, hint, error),
  );
  return {
    element,
    collect(): Collected {
      const result = check();
      if (typeof result === 'number') {
        showError(null);
        return { answer: { type: 'numeric', value: result } };
      }
      showError(result);
      return { missing: input };
    },
  };
}
