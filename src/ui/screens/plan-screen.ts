// Plan the year: four labelled budget sliders, the amount left, quick splits, and a forecast that follows every move.
import {
  forecast,
  INDICATORS,
  PILLARS,
  STEADY_POINTS,
  isImprovement,
  trendOf,
  type Allocation,
  type GameState,
  type IndicatorId,
  type PillarId,
  type SessionError,
} from '../../sim';
import { evenSplit, remaining, sameShares, setPillar } from '../../sim/budget';
import { bind, h, paint, text, translateTree } from '../dom';
import { icon } from '../icons';
import type { Screen, UiContext } from '../screen-context';

export interface PlanHandlers {
  onDraft(allocation: Allocation): void;
  /** Commits the plan; the rules' typed error when they refuse it, shown on the screen. */
  onCommit(allocation: Allocation): SessionError | null;
}

/** The message for a plan the rules refused, from the rules' own error. */
function refusal(error: SessionError): { key: string; args?: Record<string, number> } {
  const detail = error as { readonly total?: unknown; readonly budget?: unknown };
  const total = typeof detail.total === 'number' ? detail.total : 0;
  const budget = typeof detail.budget === 'number' ? detail.budget : 0;
  if (error.code === 'budget/under-spent')
    return { key: 'game:plan.notFull', args: { amount: Math.round((budget - total) * 10) / 10 } };
  if (error.code === 'budget/over-limit')
    return { key: 'game:plan.overLimit', args: { amount: total, budget } };
  return { key: 'game:plan.refused' };
}

function direction(change: number, id: IndicatorId): { key: string; mark: string; good: boolean } {
  const trend = trendOf(change, STEADY_POINTS);
  if (trend === 'steady') return { key: 'game:plan.steady', mark: '=', good: true };
  return {
    key: trend === 'up' ? 'game:plan.rises' : 'game:plan.falls',
    mark: trend === 'up' ? '▲' : '▼',
    good: isImprovement(id, change),
  };
}

export function mountPlanScreen(
  container: HTMLElement,
  ctx: UiContext,
  game: GameState,
  draft: Allocation | null,
  handlers: PlanHandlers,
): Screen {
  let allocation: Allocation =
    draft ??
    (game.lastAllocation ? sameShares(game.lastAllocation, game.budget) : evenSplit(game.budget));
  const sliders = new Map<PillarId, { input: HTMLInputElement; output: HTMLElement }>();
  const pillarRows = PILLARS.map((pillar) => {
    const id = `plan-${pillar}`;
    const input = h('input', {
      type: 'range',
      id,
      min: '0',
      max: String(game.budget),
      step: '0.1',
      'aria-describedby': `${id}-why`,
    });
    const output = h('output', { for: id, class: 'pillar-value' });
    sliders.set(pillar, { input, output });
    input.addEventListener('input', () => {
      allocation = setPillar(allocation, pillar, Number(input.value), game.budget);
      update();
      handlers.onDraft(allocation);
    });
    return h(
      'div',
      { class: `pillar pillar-${pillar}` },
      h(
        'div',
        { class: 'pillar-head' },
        icon(pillar),
        text('label', `model:pillars.${pillar}.name`, { for: id }),
        output,
      ),
      input,
      text('p', `game:plan.pillars.${pillar}`, { id: `${id}-why`, class: 'why' }),
    );
  });

  const allocated = h('p', { class: 'meter-text' });
  const left = h('p', { class: 'meter-left', 'aria-live': 'polite' });
  const meterFill = h('span', { class: 'meter-fill' });
  const meter = h('div', { class: 'meter', 'aria-hidden': 'true' }, meterFill);
  const even = text('button', 'game:plan.even', { type: 'button', class: 'button secondary' });
  const same = text('button', 'game:plan.same', { type: 'button', class: 'button secondary' });
  same.hidden = !game.lastAllocation;
  const forecastList = h('ul', { class: 'forecast-list' });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const commit = text('button', 'game:plan.commit', { type: 'submit', class: 'button primary' });
  const title = h('h2', { id: 'plan-title', tabindex: '-1' });
  const intro = h('p', {});
  const forecastTitle = h('h3', { id: 'forecast-title' });

  const form = h(
    'form',
    { class: 'card plan', 'aria-labelledby': 'plan-title' },
    title,
    intro,
    h(
      'div',
      { class: 'plan-grid' },
      h('div', { class: 'pillars' }, ...pillarRows),
      h(
        'div',
        { class: 'plan-side' },
        h('div', { class: 'budget-meter' }, allocated, meter, left),
        h('div', { class: 'actions quick' }, even, same),
        h(
          'section',
          { class: 'forecast', 'aria-labelledby': 'forecast-title' },
          forecastTitle,
          text('p', 'game:plan.forecastNote', { class: 'note' }),
          forecastList,
        ),
        error,
        h('div', { class: 'actions' }, commit),
      ),
    ),
  );

  const setAll = (next: Allocation) => {
    allocation = next;
    update();
    handlers.onDraft(allocation);
  };
  even.addEventListener('click', () => setAll(evenSplit(game.budget)));
  same.addEventListener(
    'click',
    () => game.lastAllocation && setAll(sameShares(game.lastAllocation, game.budget)),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // The rules decide: whatever they refuse is said here, never dropped.
    const refused = handlers.onCommit(allocation);
    if (!refused) return;
    const message = refusal(refused);
    bind(error, message.key, ctx.t, message.args);
    (sliders.get('chips')?.input ?? commit).focus();
  });

  function renderForecast(): void {
    const expected = forecast(game, allocation);
    forecastList.replaceChildren(
      ...INDICATORS.map((id) => {
        const f = expected[id];
        const dir = direction(f.expected, id);
        return h(
          'li',
          { class: `forecast-item ${dir.good ? 'good' : 'bad'}` },
          h('span', { class: 'mark', 'aria-hidden': 'true' }, document.createTextNode(dir.mark)),
          text('span', `model:indicators.${id}.name`, { class: 'name' }),
          document.createTextNode(' '),
          text('strong', dir.key),
          document.createTextNode(' '),
          text(
            'span',
            'game:plan.forecastChange',
            { class: 'range' },
            { change: f.expected, low: f.low, high: f.high },
          ),
          id === 'waste' ? text('span', 'game:plan.wasteNote', { class: 'hint' }) : null,
        );
      }),
    );
    translateTree(forecastList, ctx.t);
  }

  function update(): void {
    for (const pillar of PILLARS) {
      const slider = sliders.get(pillar);
      if (!slider) continue;
      const amount = allocation[pillar];
      const percent = Math.round((amount / game.budget) * 100);
      slider.input.value = String(amount);
      slider.input.setAttribute(
        'aria-valuetext',
        ctx.t('game:plan.valueText', { amount, percent }),
      );
      bind(slider.output, 'game:plan.amount', ctx.t, { amount });
    }
    const rest = remaining(allocation, game.budget);
    bind(allocated, 'game:plan.allocated', ctx.t, {
      amount: game.budget - rest,
      budget: game.budget,
    });
    if (rest > 0) bind(left, 'game:plan.left', ctx.t, { amount: rest });
    else bind(left, 'game:plan.full', ctx.t);
    left.classList.toggle('complete', rest === 0);
    meterFill.style.width = `${Math.round(((game.budget - rest) / game.budget) * 100)}%`;
    if (rest === 0) error.textContent = '';
    renderForecast();
  }

  const refresh = () => {
    bind(title, 'game:plan.title', ctx.t, { year: game.year });
    bind(intro, 'game:plan.intro', ctx.t, { budget: game.budget });
    bind(forecastTitle, 'game:plan.forecastTitle', ctx.t, { year: game.year });
    update();
  };
  container.append(form);
  paint(form, refresh);
  return { element: form, destroy: () => form.remove() };
}
