// The year unfolds: a plain-words summary, the indicators before and after, and the causes of each change.
import {
  INDICATORS,
  STEADY_POINTS,
  isImprovement,
  trendOf,
  yearMood,
  type GameState,
  type Indicators,
} from '../../sim';
import { formatNumber } from '../../services/number-format';
import { bind, h, paint, text, translateTree } from '../dom';
import { describeCause, describeYear } from '../describer';
import type { Screen, UiContext } from '../screen-context';

const MARKS = { up: '▲', down: '▼', steady: '=' } as const;

export function mountYearScreen(
  container: HTMLElement,
  ctx: UiContext,
  game: GameState,
  before: Indicators,
  onContinue: () => void,
): Screen {
  const card = h('section', { class: 'card year', 'aria-labelledby': 'year-title' });
  const signed = (n: number) => formatNumber(n, 'signed', ctx.language());
  const points = (n: number) => formatNumber(n, 'int', ctx.language());

  const render = () => {
    const title = h('h2', { id: 'year-title', tabindex: '-1' });
    bind(title, 'game:year.title', ctx.t, { year: game.year });
    const summary = h(
      'p',
      { class: 'year-summary' },
      document.createTextNode(describeYear(game, before, ctx.t, signed)),
    );
    const gap = game.frontier - game.indicators.capability;
    const gapLine = h('p', { class: 'gap' });
    bind(gapLine, gap >= 0 ? 'game:year.gap' : 'game:year.ahead', ctx.t, { gap: Math.abs(gap) });
    const caption = h('caption', {});
    bind(caption, 'game:yearTable.caption', ctx.t, { year: game.year });
    const rows = INDICATORS.map((id) => {
      const change = game.indicators[id] - before[id];
      const good = isImprovement(id, change);
      const mark = MARKS[trendOf(change, STEADY_POINTS)];
      const changeCell = h(
        'td',
        { class: good ? 'good' : 'bad' },
        h('span', { 'aria-hidden': 'true' }, document.createTextNode(`${mark} `)),
        document.createTextNode(signed(change)),
      );
      return h(
        'tr',
        {},
        text('th', `model:indicators.${id}.name`, { scope: 'row' }),
        h('td', {}, document.createTextNode(points(before[id]))),
        h('td', {}, document.createTextNode(points(game.indicators[id]))),
        changeCell,
      );
    });
    const table = h(
      'table',
      { class: 'indicator-table' },
      caption,
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['indicator', 'before', 'after', 'change'].map((k) =>
            text('th', `game:yearTable.${k}`, { scope: 'col' }),
          ),
        ),
      ),
      h('tbody', {}, ...rows),
    );
    const causes = h(
      'ul',
      { class: 'causes' },
      ...INDICATORS.flatMap((id) => {
        const list = game.lastTrace?.[id] ?? [];
        if (list.length === 0) return [];
        return [
          h(
            'li',
            {},
            text('strong', `model:indicators.${id}.name`),
            h(
              'ul',
              {},
              ...list.map((c) =>
                h('li', {}, document.createTextNode(describeCause(c, ctx.t, signed))),
              ),
            ),
          ),
        ];
      }),
    );
    if (!causes.childElementCount) causes.append(text('li', 'game:year.noCauses'));
    const next = text('button', 'game:year.continue', { type: 'button', class: 'button primary' });
    next.addEventListener('click', onContinue);
    card.replaceChildren(
      title,
      h('div', { class: `mood mood-${yearMood(before, game.indicators)}` }, summary),
      gapLine,
      table,
      h(
        'section',
        { 'aria-labelledby': 'why-title' },
        text('h3', 'game:year.whyTitle', { id: 'why-title' }),
        causes,
      ),
      h('div', { class: 'actions' }, next),
    );
    translateTree(card, ctx.t);
  };
  container.append(card);
  paint(card, render);
  return { element: card, destroy: () => card.remove() };
}
