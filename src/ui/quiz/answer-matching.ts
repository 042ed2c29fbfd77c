// Matching: one labelled <select> per item, its options the targets in the seeded order after an empty "Choose…".
import type { MatchingQuestion } from '../../sim/quiz';
import { h } from '../dom';
import type { AnswerControl, ControlDeps } from './answer-types';
import { contentText, questionKey, uiText } from './painter';
import { promptLegend } from './prompt';

export function createMatchingControl(deps: ControlDeps<MatchingQuestion>): AnswerControl {
  const { painter, question, prepared, idBase } = deps;
  const selects = new Map<string, HTMLSelectElement>();
  const instructionsId = `${idBase}-instructions`;
  const rows = h('div', { class: 'quiz-matching' });
  prepared.itemOrder.forEach((item, index) => {
    const id = `${idBase}-match-${index}`;
    const select = h('select', { id, 'aria-describedby': instructionsId, 'data-item': item });
    select.append(uiText(painter, 'option', 'checkpoint:matching.choose', { value: '' }));
    for (const target of prepared.targetOrder) {
      select.append(
        contentText(painter, 'option', questionKey(question.id, `targets.${target}`), {
          value: target,
        }),
      );
    }
    // Picking a match clears the "missing" mark on that row at once.
    select.addEventListener('change', () => select.removeAttribute('aria-invalid'));
    selects.set(item, select);
    rows.append(
      h(
        'div',
        { class: 'quiz-match-row' },
        contentText(painter, 'label', questionKey(question.id, `items.${item}`), {
          for: id,
          class: 'quiz-match-item',
        }),
        select,
      ),
    );
  });
  const element = h(
    'fieldset',
    { class: 'quiz-fieldset' },
    promptLegend(painter, question.id),
    uiText(painter, 'p', 'checkpoint:matching.instructions', {
      id: instructionsId,
      class: 'quiz-hint',
    }),
    rows,
  );
  return {
    element,
    collect() {
      const pairs: Record<string, string> = {};
      const empty: HTMLSelectElement[] = [];
      for (const [item, select] of selects) {
        if (select.value) pairs[item] = select.value;
        else empty.push(select);
      }
      for (const select of selects.values()) {
        if (empty.includes(select)) select.setAttribute('aria-invalid', 'true');
      }
      const first = empty[0];
      if (!first) return { answer: { type: 'matching', pairs } };
      const message = painter.ctx.t('checkpoint:matching.missing', { count: empty.length });
      return { missing: first, message };
    },
  };
}
