// The event card: what happened, two choices with their trade-offs and forecast effects, where the event comes from; then the outcome of the choice.
import {
  INDICATORS,
  eventForecast,
  isImprovement,
  type Content,
  type EventNumbers,
  type GameState,
} from '../../sim';
import { h, paint, text, translateTree } from '../dom';
import type { Screen, UiContext } from '../screen-context';
import illustrationUrl from '../../../assets/images/event-card.svg';

/** Changes smaller than this (points, billions, or share) are no change worth a line. */
const NOTHING = 1e-9;

/**
 * One line per thing the effects change, as numbers: indicators, next year's budget, chip access, US
 * frontier, boosts (one that outlasts the game says "until the game ends", not a year never played).
 */
export function effectList(
  ctx: UiContext,
  numbers: EventNumbers,
  className: string,
  lastYear: number,
): HTMLUListElement {
  // Worked out from several keys and numbers: a paint job, redone on a language switch.
  return paint(h('ul', { class: `effects ${className}` }), (list) => {
    // Good or bad is told by a mark and, for screen readers, a word, not by the colour alone (a
    // rise in waste or in the US frontier is bad, whatever its sign).
    const line = (key: string, good: boolean, args: Record<string, unknown>) =>
      h(
        'li',
        { class: good ? 'good' : 'bad' },
        h(
          'span',
          { class: 'effect-mark', 'aria-hidden': 'true' },
          document.createTextNode(good ? '✓' : '✗'),
        ),
        h('span', { class: 'effect-text' }, document.createTextNode(ctx.t(key, args))),
        h(
          'span',
          { class: 'visually-hidden' },
          document.createTextNode(` ${ctx.t(good ? 'game:event.markGood' : 'game:event.markBad')}`),
        ),
      );
    const items: HTMLElement[] = INDICATORS.filter(
      (id) => Math.abs(numbers.shifts[id]) > NOTHING,
    ).map((id) =>
      line('game:event.effect', isImprovement(id, numbers.shifts[id]), {
        indicator: ctx.t(`model:indicators.${id}.name`),
        value: numbers.shifts[id],
      }),
    );
    if (Math.abs(numbers.budget) > NOTHING)
      items.push(line('game:event.effectBudget', numbers.budget > 0, { value: numbers.budget }));
    // A share of 0–1 read as percentage points.
    if (Math.abs(numbers.access) > NOTHING)
      items.push(
        line('game:event.effectAccess', numbers.access > 0, {
          value: Math.round(numbers.access * 1000) / 10,
        }),
      );
    if (Math.abs(numbers.frontier) > NOTHING)
      items.push(
        line('game:event.effectFrontier', numbers.frontier < 0, { value: numbers.frontier }),
      );
    for (const boost of numbers.boosts)
      items.push(
        line(
          boost.untilYear > lastYear ? 'game:event.effectBoostToEnd' : 'game:event.effectBoost',
          boost.factor >= 1,
          {
            pillar: ctx.t(`model:pillars.${boost.pillar}.name`),
            factor: boost.factor,
            year: boost.untilYear,
          },
        ),
      );
    if (items.length === 0) items.push(text('li', 'game:event.effectNone'));
    list.replaceChildren(...items);
    translateTree(list, ctx.t);
  });
}

export function mountEventScreen(
  container: HTMLElement,
  ctx: UiContext,
  game: GameState,
  content: Content,
  onChoose: (optionId: string) => void,
): Screen {
  const event = game.event;
  let card = h('article', { class: 'card event', 'aria-labelledby': 'event-title' });
  // How effects add up is explained on the first event of the game; after that it would be re-read.
  const firstEvent = game.year === game.firstYear;
  const screen: Screen = {
    get element() {
      return card;
    },
    destroy: () => card.remove(),
  };
  if (!event) return screen;
  const forecastOf = (optionId: string) => eventForecast(game, content, event.id, optionId);
  const kicker = h('p', { class: 'kicker' });
  // Each card dates itself: a historical card gives the date it happened, a drawn one says "Scenario".
  kicker.setAttribute('data-i18n', `events:${event.id}.kicker`);
  kicker.setAttribute('data-args', JSON.stringify({ year: game.year }));
  const shock = event.options[0] ? forecastOf(event.options[0])?.shock : undefined;
  const options = event.options.map((optionId) => {
    const base = `events:${event.id}.options.${optionId}`;
    const button = h(
      'button',
      { type: 'button', class: 'option-button', 'aria-describedby': `event-effects-${optionId}` },
      text('span', `${base}.label`, { class: 'option-title' }),
    );
    button.addEventListener('click', () => {
      for (const b of card.querySelectorAll('button')) b.disabled = true;
      showOutcome(optionId);
    });
    // The option is told by its numbers, worked out for this game's state: a sentence saying when
    // it pays would only repeat them (and cost a reader a minute a game).
    const numbers = forecastOf(optionId);
    return h(
      'li',
      {},
      button,
      h(
        'div',
        { id: `event-effects-${optionId}` },
        numbers ? effectList(ctx, numbers.option, 'option-effects', game.lastYear) : null,
      ),
    );
  });
  card.append(
    h('img', {
      class: 'event-illustration',
      src: illustrationUrl,
      alt: '',
      width: '160',
      height: '110',
    }),
    kicker,
    text('h2', `events:${event.id}.title`, { id: 'event-title', tabindex: '-1' }),
    text('p', `events:${event.id}.body`, { class: 'event-body' }),
    ...(shock
      ? [
          h(
            'section',
            { class: 'event-shock', 'aria-labelledby': 'event-shock-title' },
            text('h3', 'game:event.shockTitle', { id: 'event-shock-title' }),
            effectList(ctx, shock, 'shock-effects', game.lastYear),
          ),
        ]
      : []),
    h(
      'section',
      { 'aria-labelledby': 'event-choose' },
      text('h3', 'game:event.choose', { id: 'event-choose' }),
      firstEvent ? text('p', 'game:event.optionNote', { class: 'note' }) : null,
      h('ul', { class: 'options' }, ...options),
    ),
    // Where the event comes from, one click away: it matters for trust, not for the decision.
    h(
      'details',
      { class: 'source' },
      text('summary', 'game:event.source'),
      text('p', `events:${event.id}.source`),
    ),
  );
  translateTree(card, ctx.t);

  /**
   * The outcome replaces the card before the choice is sent: events have no luck, so these are the
   * numbers the choice applies. Nothing is committed until Continue, so a reload shows the card again.
   */
  function showOutcome(optionId: string): void {
    if (!event) return;
    const numbers = forecastOf(optionId);
    const outcome = h('article', {
      class: 'card event-outcome',
      'aria-labelledby': 'outcome-title',
    });
    const next = text('button', 'game:event.continue', { type: 'button', class: 'button primary' });
    next.addEventListener('click', () => {
      next.disabled = true;
      onChoose(optionId);
    });
    outcome.append(
      text('p', `events:${event.id}.title`, { class: 'kicker' }),
      text('h2', 'game:event.outcomeTitle', { id: 'outcome-title', tabindex: '-1' }),
      paint(h('p', { class: 'chosen' }), (p) => {
        const option = ctx.t(`events:${event.id}.options.${optionId}.label`);
        p.textContent = ctx.t('game:event.chosen', { option });
      }),
      ...(numbers
        ? [
            text('h3', 'game:event.shockTitle'),
            effectList(ctx, numbers.shock, 'shock-effects', game.lastYear),
            text('h3', 'game:event.optionTitle'),
            effectList(ctx, numbers.option, 'option-effects', game.lastYear),
            text('h3', 'game:event.totalTitle'),
            effectList(ctx, numbers, 'total-effects', game.lastYear),
            ...(firstEvent ? [text('p', 'game:event.outcomeNote', { class: 'note' })] : []),
          ]
        : []),
      h('div', { class: 'actions' }, next),
    );
    translateTree(outcome, ctx.t);
    card.replaceWith(outcome);
    card = outcome;
    // The outcome is a new card: it opens at its top with focus on its heading, like a new screen.
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    outcome.querySelector<HTMLElement>('#outcome-title')?.focus({ preventScroll: true });
  }

  container.append(card);
  return screen;
}
