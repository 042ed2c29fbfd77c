// Ordering: a numbered list whose items move with "Up"/"Down" buttons; focus follows the moved item and its new place is announced.
import type { OrderingQuestion } from '../../sim/quiz';
import { h } from '../dom';
import type { AnswerControl, ControlDeps } from './answer-types';
import { contentText, questionKey, uiText, type Painter } from './painter';
import { promptLegend } from './prompt';

type Direction = 'up' | 'down';

/** One "Up"/"Down" button: short visible word, accessible name with the item's text ("Move ‘Chips’ up"). */
function moveButton(painter: Painter, itemKey: string, direction: Direction): HTMLButtonElement {
  const label = h('span', { class: 'quiz-move-label' });
  const button = h(
    'button',
    { type: 'button', class: 'quiz-move', 'data-direction': direction },
    h('span', { 'aria-hidden': 'true' }, document.createTextNode(direction === 'up' ? '▲ ' : '▼ ')),
    label,
  );
  painter.add((p) => {
    label.textContent = p.ui(`checkpoint:ordering.${direction}`);
    const key = direction === 'up' ? 'moveUp' : 'moveDown';
    button.setAttribute(
      'aria-label',
      p.ui(`checkpoint:ordering.${key}`, { item: p.content(itemKey) }),
    );
  });
  return button;
}

export function createOrderingControl(deps: ControlDeps<OrderingQuestion>): AnswerControl {
  const { painter, question, prepared, idBase } = deps;
  const order = [...prepared.itemOrder];
  const list = h('ol', { class: 'quiz-ordering', 'aria-describedby': `${idBase}-instructions` });
  // The order it opened in, so a draft only keeps an order the player changed.
  list.dataset.initial = order.join('\n');
  const rows = new Map<string, HTMLLIElement>();

  // Buttons at the ends stay focusable (aria-disabled, not disabled) so focus is never lost.
  const markEnds = () => {
    order.forEach((item, index) => {
      const row = rows.get(item);
      row
        ?.querySelector('[data-direction="up"]')
        ?.setAttribute('aria-disabled', String(index === 0));
      const last = index === order.length - 1;
      row?.querySelector('[data-direction="down"]')?.setAttribute('aria-disabled', String(last));
    });
  };

  const move = (item: string, direction: Direction, button: HTMLButtonElement) => {
    const from = order.indexOf(item);
    const to = direction === 'up' ? from - 1 : from + 1;
    const { ui: t, content } = painter.now();
    const name = content(questionKey(question.id, `items.${item}`));
    if (to < 0 || to >= order.length) {
      painter.ctx.announce(
        t(`checkpoint:ordering.${to < 0 ? 'atTop' : 'atBottom'}`, { item: name }),
      );
      return;
    }
    order.splice(from, 1);
    order.splice(to, 0, item);
    list.replaceChildren(...order.map((id) => rows.get(id) as HTMLLIElement));
    markEnds();
    button.focus();
    const position = to + 1;
    painter.ctx.announce(
      t('checkpoint:ordering.moved', { item: name, position, total: order.length }),
    );
    painter.ctx.cue('click');
  };

  for (const item of order) {
    const itemKey = questionKey(question.id, `items.${item}`);
    const up = moveButton(painter, itemKey, 'up');
    const down = moveButton(painter, itemKey, 'down');
    up.addEventListener('click', () => move(item, 'up', up));
    down.addEventListener('click', () => move(item, 'down', down));
    const row = h(
      'li',
      { class: 'quiz-order-row', 'data-item': item },
      contentText(painter, 'span', itemKey, { class: 'quiz-order-text' }),
      h('span', { class: 'quiz-order-buttons' }, up, down),
    );
    rows.set(item, row);
    list.append(row);
  }
  markEnds();

  const element = h(
    'fieldset',
    { class: 'quiz-fieldset' },
    promptLegend(painter, question.id),
    uiText(painter, 'p', 'checkpoint:ordering.instructions', {
      id: `${idBase}-instructions`,
      class: 'quiz-hint',
    }),
    list,
  );
  return {
    element,
    // The list always holds every item, so an ordering answer is never incomplete.
    collect: () => ({ answer: { type: 'ordering', order: [...order] } }),
    restoreOrder(saved) {
      // Only the same items in another order: anything else is ignored.
      if (saved.length !== order.length || [...saved].sort().join() !== [...order].sort().join())
        return;
      order.splice(0, order.length, ...saved);
      list.replaceChildren(...order.map((id) => rows.get(id) as HTMLLIElement));
      markEnds();
    },
  };
}
