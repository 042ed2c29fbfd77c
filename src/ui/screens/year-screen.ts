// The year unfolds: a plain-words summary, the indicators before and after, and the causes of each change.
import {
  INDICATORS,
  STEADY_POINTS,
  eventShifts,
  isImprovement,
  shownDifference,
  shownGap,
  shownValues,
  trendOf,
  yearMood,
  type Contribution,
  type GameState,
  type IndicatorId,
  type Indicators,
} from '../../sim';
import { formatNumber } from '../../services/number-format';
import { bind, h, paint, text, translateTree } from '../dom';
import { describeCause } from '../describer';
import type { Screen, UiContext } from '../screen-context';

const MARKS = { up: '▲', down: '▼', steady: '=' } as const;
/** How many causes show before the "more" disclosure: the list repeats every year. */
const TOP_CAUSES = 3;

/** This year's causes, biggest first across indicators (ties keep the indicators' order). */
function largestCauses(game: GameState): { id: IndicatorId; cause: Contribution }[] {
  const all = INDICATORS.flatMap((id) =>
    (game.lastTrace?.[id] ?? []).map((cause) => ({ id, cause })),
  );
  return all.sort((a, b) => Math.abs(b.cause.amount) - Math.abs(a.cause.amount));
}

export function mountYearScreen(
  container: HTMLElement,
  ctx: UiContext,
  game: GameState,
  beforeRaw: Indicators,
  onContinue: () => void,
): Screen {
  // Values as the player reads them, to 0.1, so every shown change is the difference of shown values.
  const before = shownValues(beforeRaw);
  const after = shownValues(game.indicators);
  const frontier = shownDifference(game.frontier, 0);
  // Last year's event happened after last year's report: it is already in "Before", so say so here.
  const previous = game.history.at(-1);
  const shifts = previous?.eventId ? eventShifts(previous) : null;
  const eventSource = previous?.eventId ? `event.${previous.eventId}` : '';
  const card = h('section', { class: 'card year', 'aria-labelledby': 'year-title' });
  const signed = (n: number) => formatNumber(n, 'signed', ctx.language());
  // One decimal always, so a column of values lines up (52.0 above 54.4).
  const points = (n: number) => formatNumber(n, 'dec1', ctx.language());

  const render = () => {
    const title = h('h2', { id: 'year-title', tabindex: '-1' });
    bind(title, 'game:year.title', ctx.t, { year: game.year });
    // The table and the causes say the numbers; the visible summary only gives the verdict (the
    // screen reader hears the whole sentence through the announcer, see game-effects).
    const summary = text('p', `game:describe.${yearMood(before, after)}`, {
      class: 'year-summary',
    });
    const gap = shownGap(frontier, after.capability);
    const gapLine = h('p', { class: 'gap' });
    bind(gapLine, gap >= 0 ? 'game:year.gap' : 'game:year.ahead', ctx.t, { gap: Math.abs(gap) });
    const caption = h('caption', {});
    bind(caption, 'game:yearTable.caption', ctx.t, { year: game.year });
    const rows = INDICATORS.map((id) => {
      const change = shownDifference(after[id], before[id]);
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
        h('td', {}, document.createTextNode(points(after[id]))),
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
    const causeItem = (id: IndicatorId, cause: Contribution) =>
      text(
        'li',
        'game:year.causeOf',
        {},
        {
          indicator: ctx.t(`model:indicators.${id}.name`),
          cause: describeCause(cause, ctx.t, signed),
        },
      );
    const largest = largestCauses(game);
    const causes = h(
      'ul',
      { class: 'causes' },
      ...largest.slice(0, TOP_CAUSES).map(({ id, cause }) => causeItem(id, cause)),
    );
    if (!causes.childElementCount) causes.append(text('li', 'game:year.noCauses'));
    const more =
      largest.length > TOP_CAUSES
        ? h(
            'details',
            { class: 'more-causes' },
            text('summary', 'game:year.moreCauses', {}, { n: largest.length - TOP_CAUSES }),
            h(
              'ul',
              { class: 'causes' },
              ...largest.slice(TOP_CAUSES).map(({ id, cause }) => causeItem(id, cause)),
            ),
          )
        : null;
    // Last year's event: its title, then what it changed, one line per indicator in the outcome
    // card's own form, so the student recognises the numbers instead of reading a long sentence.
    const eventEffects = shifts
      ? INDICATORS.filter((id) => shifts[id] !== 0).map((id) =>
          text(
            'li',
            'game:event.effect',
            {},
            { indicator: ctx.t(`model:indicators.${id}.name`), value: shifts[id] },
          ),
        )
      : [];
    const eventPart = eventEffects.length
      ? h(
          'div',
          { class: 'event-causes' },
          text(
            'p',
            'game:year.eventLine',
            {},
            {
              year: previous?.year ?? game.year - 1,
              title: ctx.t(`events:${eventSource.slice('event.'.length)}.title`),
            },
          ),
          h('ul', { class: 'causes' }, ...eventEffects),
        )
      : null;
    const next = text('button', 'game:year.continue', { type: 'button', class: 'button primary' });
    next.addEventListener('click', onContinue);
    card.replaceChildren(
      title,
      h('div', { class: `mood mood-${yearMood(before, after)}` }, summary),
      gapLine,
      table,
      h(
        'section',
        { 'aria-labelledby': 'why-title' },
        text('h3', 'game:year.whyTitle', { id: 'why-title' }),
        eventPart,
        causes,
        more,
      ),
      h('div', { class: 'actions' }, next),
    );
    translateTree(card, ctx.t);
  };
  container.append(card);
  paint(card, render);
  return { element: card, destroy: () => card.remove() };
}
