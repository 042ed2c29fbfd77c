// A quiz answer in words for the dashboard (the answer a student gave, the right one for the answer key), per question type.
import type { QuizAnswer, QuizQuestion } from '../../sim/quiz';
import type { Translate } from '../../services/i18n';
import { formatNumber } from '../../services/number-format';

const key = (question: QuizQuestion, part: string) => `quiz:questions.${question.id}.${part}`;

export function answerText(
  t: Translate,
  question: QuizQuestion,
  answer: QuizAnswer,
  lng: string,
): string {
  switch (answer.type) {
    case 'multiple-choice':
      return answer.choice ? t(key(question, `choices.${answer.choice}`)) : '—';
    case 'true-false':
      return t(`quiz:types.${String(answer.value)}`);
    case 'numeric': {
      const unit = question.type === 'numeric' ? ` ${t(`quiz:units.${question.unit}`)}` : '';
      return `${formatNumber(answer.value, 'upTo1', lng)}${unit}`;
    }
    case 'ordering':
      return answer.order.map((id) => t(key(question, `items.${id}`))).join(' → ');
    case 'matching':
      return Object.entries(answer.pairs)
        .map(
          ([item, target]) =>
            `${t(key(question, `items.${item}`))} → ${t(key(question, `targets.${target}`))}`,
        )
        .join(lng === 'fr' ? '\u00a0; ' : '; ');
  }
}

/** The right answer, as an answer, for the answer key. */
export function rightAnswer(question: QuizQuestion): QuizAnswer {
  switch (question.type) {
    case 'multiple-choice':
      return { type: 'multiple-choice', choice: question.answer };
    case 'true-false':
      return { type: 'true-false', value: question.answer };
    case 'numeric':
      return { type: 'numeric', value: question.answer };
    case 'ordering':
      return { type: 'ordering', order: question.items };
    case 'matching':
      return { type: 'matching', pairs: question.answer };
  }
}
