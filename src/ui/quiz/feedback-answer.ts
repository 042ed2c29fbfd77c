// Spells out the right answer beside the player's own, per question type, in the shown language.
import type { QuizAnswer, QuizQuestion } from '../../sim/quiz';
import { h } from '../dom';
import { contentText, formatNumber, questionKey, type Paint, type Painter } from './painter';

/** A line whose text is computed on every paint (an answer mixes interface words and content). */
function painted<K extends keyof HTMLElementTagNameMap>(
  painter: Painter,
  tag: K,
  attrs: Record<string, string>,
  compute: (p: Paint) => string,
  contentLang = false,
): HTMLElementTagNameMap[K] {
  const element = h(tag, attrs);
  painter.add((p) => {
    element.textContent = compute(p);
    if (contentLang) element.lang = p.contentLang;
  });
  return element;
}

function mark(ok: boolean): HTMLElement {
  return h(
    'span',
    { class: 'quiz-mark', 'aria-hidden': 'true' },
    document.createTextNode(ok ? '✓ ' : '✗ '),
  );
}

/** The key of a single-value answer's text (a choice, or True/False). */
function valueKey(question: QuizQuestion, value: string): string {
  return question.type === 'true-false'
    ? `quiz:types.${value}`
    : questionKey(question.id, `choices.${value}`);
}

function single(
  painter: Painter,
  question: QuizQuestion,
  expected: string,
  given: string | undefined,
) {
  const right = h(
    'p',
    { class: 'quiz-right' },
    mark(true),
    contentText(painter, 'span', valueKey(question, expected)),
  );
  const text = painted(painter, 'span', {}, (p) =>
    p.ui('checkpoint:feedback.yourAnswer', {
      answer:
        given === undefined
          ? p.ui('checkpoint:feedback.noAnswer')
          : p.content(valueKey(question, given)),
    }),
  );
  return [right, h('p', { class: 'quiz-yours' }, mark(given === expected), text)];
}

function matching(
  painter: Painter,
  question: QuizQuestion & { type: 'matching' },
  answer: QuizAnswer,
) {
  const pairs = answer.type === 'matching' ? answer.pairs : {};
  const list = h('ul', { class: 'quiz-right-list' });
  for (const item of question.items) {
    const given = pairs[item];
    const ok = given === question.answer[item];
    const itemKey = questionKey(question.id, `items.${item}`);
    const targetKey = questionKey(question.id, `targets.${question.answer[item] ?? ''}`);
    const status = painted(painter, 'span', { class: 'quiz-status' }, (p) =>
      ok
        ? p.ui('checkpoint:feedback.itemRight')
        : p.ui('checkpoint:feedback.itemWrong', {
            answer: given
              ? p.content(questionKey(question.id, `targets.${given}`))
              : p.ui('checkpoint:feedback.noAnswer'),
          }),
    );
    const pairText = painted(
      painter,
      'span',
      {},
      (p) =>
        p.ui('checkpoint:feedback.pair', {
          item: p.content(itemKey),
          target: p.content(targetKey),
        }),
      true,
    );
    list.append(h('li', { 'data-ok': String(ok) }, mark(ok), pairText, status));
  }
  return [list];
}

function ordering(
  painter: Painter,
  question: QuizQuestion & { type: 'ordering' },
  answer: QuizAnswer,
) {
  const given = answer.type === 'ordering' ? answer.order : [];
  const itemsList = (ids: readonly string[], cls: string) =>
    h(
      'ol',
      { class: cls },
      ...ids.map((id) => contentText(painter, 'li', questionKey(question.id, `items.${id}`))),
    );
  return [
    itemsList(question.items, 'quiz-right-list'),
    painted(painter, 'p', { class: 'quiz-your-order' }, (p) =>
      p.ui('checkpoint:feedback.yourOrder'),
    ),
    itemsList(given, 'quiz-your-list'),
  ];
}

function numeric(
  painter: Painter,
  question: QuizQuestion & { type: 'numeric' },
  answer: QuizAnswer,
) {
  const amount = (p: Paint, value: number) =>
    p.ui('checkpoint:feedback.amount', {
      value: formatNumber(value, p.contentLang),
      unit: p.content(`quiz:units.${question.unit}`),
    });
  const given = answer.type === 'numeric' ? answer.value : undefined;
  return [
    painted(painter, 'p', { class: 'quiz-right' }, (p) => amount(p, question.answer), true),
    painted(painter, 'p', { class: 'quiz-yours' }, (p) =>
      p.ui('checkpoint:feedback.yourAnswer', {
        answer: given === undefined ? p.ui('checkpoint:feedback.noAnswer') : amount(p, given),
      }),
    ),
    painted(painter, 'p', { class: 'quiz-hint' }, (p) =>
      p.ui('checkpoint:feedback.margin', {
        tolerance: formatNumber(question.tolerance, p.uiLang),
        double: formatNumber(question.tolerance * 2, p.uiLang),
      }),
    ),
  ];
}

export function rightAnswer(
  painter: Painter,
  question: QuizQuestion,
  answer: QuizAnswer,
): HTMLElement[] {
  switch (question.type) {
    case 'multiple-choice':
      return single(
        painter,
        question,
        question.answer,
        answer.type === 'multiple-choice' ? answer.choice : undefined,
      );
    case 'true-false':
      return single(
        painter,
        question,
        String(question.answer),
        answer.type === 'true-false' ? String(answer.value) : undefined,
      );
    case 'matching':
      return matching(painter, question, answer);
    case 'ordering':
      return ordering(painter, question, answer);
    case 'numeric':
      return numeric(painter, question, answer);
  }
}
