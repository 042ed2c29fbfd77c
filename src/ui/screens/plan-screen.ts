// Plan the year: four labelled budget sliders, the amount left, quick splits, and where you stand beside a forecast that follows every move.
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
import { evenSplit, movePillar, remaining, sameShares } from '../../sim/budget';
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
    // Keys, drags and taps all arrive here; on a full budget a raise takes from the other pillars.
    input.addEventListener('input', () =>
      setAll(movePillar(allocation, pillar, Number(input.value), game.budget)),
    );
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
    );
  });
  // The four descriptions matter in the first year; after that they would only push the forecast down.
  const notes = h(
    'details',
    { class: 'pillar-notes', open: game.year === game.firstYear },
    text('summary', 'game:plan.pillarsInfo'),
    ...PILLARS.map((pillar) =>
      h(
        'p',
        { class: 'why' },
        icon(pillar),
        text('span', `model:pillars.${pillar}.name`, { class: 'why-name' }),
        document.createTextNode(' '),
        // The slider's description: the text alone, its label already names the pillar.
        text('span', `game:plan.pillars.${pillar}`, { id: `plan-${pillar}-why` }),
      ),
    ),
  );

  const allocated = h('p', { class: 'meter-text' });
  // Not a live region: the slider reads its own value, and `status` adds at most one short message.
  const left = h('p', { class: 'meter-left' });
  const status = h('p', { class: 'visually-hidden', role: 'status' });
  let said = '';
  const meterFill = h('span', { class: 'meter-fill' });
  const meter = h('div', { class: 'meter', 'aria-hidden': 'true' }, meterFill);
  const even = text('button', 'game:plan.even', { type: 'button', class: 'button secondary' });
  const same = text('button', 'game:plan.same', { type: 'button', class: 'button secondary' });
  same.hidden = !game.lastAllocation;
  const forecastList = h('tbody', { class: 'forecast-list' });
  const frontierLine = h('p', { class: 'frontier-line' });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const commit = text('button', 'game:plan.commit', { type: 'submit', class: 'button primary' });
  const title = h('h2', { id: 'plan-title', tabindex: '-1' });
  // The intro and the forecast note explain the screen once: in the first year only (reading time).
  const firstYear = game.year === game.firstYear;
  const intro = h('p', { class: 'plan-intro', hidden: !firstYear });
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
        // Where you stand and the forecast come right after the meter, so a phone shows them under the sliders.
        h(
          'section',
          { class: 'forecast', 'aria-labelledby': 'forecast-title' },
          forecastTitle,
          h(
            'table',
            { class: 'stand-table', 'aria-labelledby': 'forecast-title' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                text('th', 'game:plan.colIndicator', { scope: 'col' }),
                text('th', 'game:plan.colNow', { scope: 'col' }),
                text('th', 'game:plan.colForecast', { scope: 'col' }),
              ),
            ),
            forecastList,
          ),
          frontierLine,
          firstYear ? text('p', 'game:plan.forecastNote', { class: 'note' }) : null,
        ),
        h('div', { class: 'actions quick' }, even, same),
        error,
        h('div', { class: 'actions' }, commit),
      ),
      notes,
    ),
    status,
  );

  /** One change of the plan: the screen follows, the draft is kept, and at most one message is said. */
  function setAll(next: Allocation): void {
    const before = allocation;
    allocation = next;
    update();
    handlers.onDraft(allocation);
    say(before, next);
  }

  /**
   * The slider's own value text is already read, so the status region adds one short message, and
   * only when it says something new: money taken from the other pillars, what is left, or full.
   */
  function say(before: Allocation, after: Allocation): void {
    const changed = PILLARS.filter((p) => before[p] !== after[p]);
    if (changed.length === 0) return;
    const lowered = changed.filter((p) => after[p] < before[p]);
    const raised = changed.filter((p) => after[p] > before[p]);
    const rest = remaining(after, game.budget);
    let message: string;
    if (raised.length === 1 && lowered.length > 0 && changed.length === lowered.length + 1)
      message = ctx.t('game:plan.taken');
    else if (rest > 0) message = ctx.t('game:plan.left', { amount: rest });
    else message = ctx.t('game:plan.full');
    if (message === said) return;
    said = message;
    status.textContent = message;
  }
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
          'tr',
          { class: `forecast-item ${dir.good ? 'good' : 'bad'}` },
          h(
            'th',
            { scope: 'row', class: 'name' },
            text('span', `model:indicators.${id}.name`),
            id === 'waste' ? text('span', 'game:plan.wasteNote', { class: 'hint' }) : null,
          ),
          text('td', 'game:plan.level', { class: 'level' }, { value: game.indicators[id] }),
          h(
            'td',
            { class: 'change' },
            h('span', { class: 'mark', 'aria-hidden': 'true' }, document.createTextNode(dir.mark)),
            // The arrow says the direction to the eye; the word is for screen readers.
            text('span', dir.key, { class: 'visually-hidden' }),
            document.createTextNode(' '),
            text(
              'span',
              f.low === f.high ? 'game:plan.forecastExact' : 'game:plan.forecastChange',
              { class: 'range' },
              { change: f.expected, low: f.low, high: f.high },
            ),
          ),
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
    if (rest === 0 && error.textContent) error.textContent = '';
    renderForecast();
  }

  const refresh = () => {
    bind(title, 'game:plan.title', ctx.t, { year: game.year });
    bind(intro, 'game:plan.intro', ctx.t, { budget: game.budget });
    bind(forecastTitle, 'game:plan.forecastTitle', ctx.t, { year: game.year });
    // Both levels are shown rounded, so the gap is worked out from the rounded numbers the player reads.
    const gap = Math.round(game.frontier) - Math.round(game.indicators.capability);
    bind(frontierLine, gap >= 0 ? 'game:plan.gap' : 'game:plan.ahead', ctx.t, {
      frontier: game.frontier,
      gap: Math.abs(gap),
    });
    update();
  };
  container.append(form);
  paint(form, refresh);
  return { element: form, destroy: () => form.remove() };
}
