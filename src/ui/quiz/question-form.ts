// The answer form: the type's controls, a message for incomplete answers and a Submit button that is never disabled.
import type { PreparedQuestion, QuizAnswer, QuizQuestion } from '../../sim/quiz';
import { h } from '../dom';
import { createAnswerControl } from './answer-control';
import { readDraft, writeDraft, type DraftStore } from './answer-draft';
import { uiText, type Painter } from './painter';

export function createQuestionForm(
  painter: Painter,
  question: QuizQuestion,
  prepared: PreparedQuestion,
  idBase: string,
  onSubmit: (answer: QuizAnswer) => void,
  drafts?: DraftStore,
): HTMLFormElement {
  const control = createAnswerControl({ painter, question, prepared, idBase });
  // A half-entered answer survives a reload, as the budget sliders do.
  const saved = drafts?.load();
  if (saved) {
    writeDraft(control.element, saved);
    if (saved.order) control.restoreOrder?.(saved.order);
  }
  const keep = () => {
    const draft = readDraft(control.element);
    if (draft) drafts?.save(draft);
    else drafts?.clear();
  };
  for (const type of ['input', 'change', 'click']) control.element.addEventListener(type, keep);
  const alertText = h('span');
  // Present from the start (empty), so screen readers reliably speak it when text appears.
  const alert = h(
    'div',
    { class: 'quiz-alert', role: 'alert', id: `${idBase}-alert` },
    h('p', { class: 'quiz-alert-body', hidden: true }, alertText),
  );
  const submit = uiText(painter, 'button', 'checkpoint:question.submit', {
    type: 'submit',
    class: 'button quiz-submit',
  });
  // novalidate: our own messages replace the browser's bubbles, which vanish and cannot be styled.
  const form = h(
    'form',
    { class: 'quiz-form', novalidate: true },
    control.element,
    alert,
    h('div', { class: 'quiz-actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const collected = control.collect();
    const body = alert.firstElementChild as HTMLElement;
    if ('answer' in collected) {
      body.hidden = true;
      drafts?.clear();
      onSubmit(collected.answer);
      return;
    }
    // Focus first: the control's own description (an inline error) is read with it.
    collected.missing.focus();
    const { ui } = painter.now();
    body.hidden = collected.message === undefined;
    alertText.textContent = collected.message
      ? `${ui('checkpoint:question.incomplete')} ${collected.message}`
      : '';
  });
  return form;
}
