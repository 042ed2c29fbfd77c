// An event card's numbers: every decision lists an effect, and what the card lists is what the choice applies.
import { describe, expect, it } from 'vitest';
import { INDICATORS, eventForecast, type EventNumbers, type GameState } from '../../../src/sim';
import { content, fresh } from './helpers';

const somethingIn = (n: EventNumbers) =>
  INDICATORS.some((id) => n.shifts[id] !== 0) ||
  n.budget !== 0 ||
  n.access !== 0 ||
  n.frontier !== 0 ||
  n.boosts.length > 0;

/** A game at an event for the card: the fresh state, in the card's phase. */
const atEvent = (card: (typeof content.events)[number]): GameState => ({
  ...fresh(3),
  phase: 'event',
  event: { id: card.id, options: card.options.map((o) => o.id) },
});

describe('event forecasts', () => {
  it.each(content.events.map((card) => [card.id, card] as const))(
    '%s: every decision has a number to show, and shock plus decision make the total',
    (_id, card) => {
      const game = atEvent(card);
      for (const option of card.options) {
        const n = eventForecast(game, content, card.id, option.id);
        if (!n) throw new Error(`no forecast for ${option.id}`);
        expect(somethingIn(n.option), option.id).toBe(true);
        for (const id of INDICATORS)
          expect(Math.round(n.shock.shifts[id] * 10) + Math.round(n.option.shifts[id] * 10)).toBe(
            Math.round(n.shifts[id] * 10),
          );
      }
    },
  );

  it('is null for an unknown card or decision', () => {
    const game = fresh(3);
    expect(eventForecast(game, content, 'no-such-card', 'a')).toBeNull();
    const card = content.events[0];
    expect(card && eventForecast(game, content, card.id, 'no-such-option')).toBeNull();
  });
});
