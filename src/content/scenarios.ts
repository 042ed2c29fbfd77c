// The two game lengths: their years, starting indicators, checkpoints, and why those dates.
import type { Content, EventCard } from '../sim/content-types';
import type { IndicatorId } from '../sim/types';
import { HISTORICAL_EVENTS } from './events/historical';

/** A historical card with one option's shift of one indicator set to `amount` (a calendar's own numbers). */
function retuned(id: string, optionId: string, indicator: IndicatorId, amount: number): EventCard {
  const card = HISTORICAL_EVENTS.find((c) => c.id === id);
  if (!card) throw new Error(`no historical card ${id}`);
  return {
    ...card,
    options: card.options.map((o) =>
      o.id !== optionId
        ? o
        : {
            ...o,
            effects: o.effects.map((e) =>
              e.kind === 'shift' && e.indicator === indicator && !e.fixed ? { ...e, amount } : e,
            ),
          },
    ),
  };
}

export const SCENARIOS: Content['scenarios'] = {
  // 2018–2030 (13 turns): from the first year after the State Council's AI plan to its 2030 goal.
  standard: {
    firstYear: 2018,
    lastYear: 2030,
    checkpointAfter: [2, 5, 8, 11],
    questionsPerCheckpoint: 4,
    start: {
      capability: 40,
      chipAutonomy: 15,
      ecosystem: 30,
      talent: 30,
      influence: 15,
      waste: 10,
    },
    sources: [
      {
        kind: 'public-record',
        ref: 'State Council, New Generation Artificial Intelligence Development Plan (goals for 2020, 2025, 2030)',
        date: '2017-07-20',
      },
    ],
  },
  // 2022–2026 (5 turns): opens with the US export controls and ChatGPT, the two shocks of late 2022,
  // and meets the article's four dated events (2022 to 2025) with one year left to live with them.
  // Five years leave little time to close a gap, so it starts closer to the US than the 2018 game
  // would have it in 2022 (58, a gap of about 9); see docs/game-length.md for the measurements.
  short: {
    firstYear: 2022,
    lastYear: 2026,
    checkpointAfter: [1, 3],
    questionsPerCheckpoint: 3,
    // 2026 meets no drawn card: the options' lasting effects would be worth nothing in the last year.
    finalYearDraw: false,
    // DeepSeek arrives with one year left, when an open model's lasting reach counts less, and the
    // export controls with four: their bold options gain less here than in the 13-year game.
    cards: [
      retuned('deepseek', 'open-everything', 'influence', 12),
      retuned('export-controls', 'domestic-push', 'chipAutonomy', 7.5),
    ],
    start: {
      capability: 58,
      chipAutonomy: 25,
      ecosystem: 45,
      talent: 45,
      influence: 25,
      waste: 15,
    },
    sources: [
      {
        kind: 'public-record',
        ref: 'US BIS export controls on advanced computing chips',
        date: '2022-10-07',
      },
      { kind: 'public-record', ref: 'OpenAI releases ChatGPT', date: '2022-11-30' },
    ],
  },
};
