// The two game lengths: their years, starting indicators, checkpoints, and why those dates.
import type { Content, Effect, EventCard } from '../sim/content-types';
import type { IndicatorId } from '../sim/types';
import { HISTORICAL_EVENTS } from './events/historical';

/** What a retune changes: one option's shift of an indicator, or its chip access, set to `amount`. */
type Change = readonly [optionId: string, target: IndicatorId | 'access', amount: number];

/** A historical card with some of its numbers changed (a calendar's own numbers for it). */
function retuned(id: string, ...changes: readonly Change[]): EventCard {
  const card = HISTORICAL_EVENTS.find((c) => c.id === id);
  if (!card) throw new Error(`no historical card ${id}`);
  const changed = (optionId: string, e: Effect): Effect => {
    for (const [option, target, amount] of changes) {
      if (option !== optionId) continue;
      if (e.kind === 'shift' && e.indicator === target) return { ...e, amount };
      if (e.kind === 'access' && target === 'access') return { ...e, amount };
    }
    return e;
  };
  return {
    ...card,
    options: card.options.map((o) => ({ ...o, effects: o.effects.map((e) => changed(o.id, e)) })),
  };
}

export const SCENARIOS: Content['scenarios'] = {
  // 2018–2030 (13 turns): from the first year after the State Council's AI plan to its 2030 goal.
  standard: {
    firstYear: 2018,
    lastYear: 2030,
    checkpointAfter: [2, 5, 8, 11],
    // 3 questions a checkpoint (4 in rules 1), each worth 4/3 of the default capital: the quiz
    // weighs what it did, in 4 fewer questions (about 2 minutes of reading).
    questionsPerCheckpoint: 3,
    capitalPerCredit: 347,
    // Compliant chips won over 0.8 of easy games' export-control draws: less access here.
    cards: [retuned('export-controls', ['compliant-chips', 'access', 0.05])],
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
  // Five years leave little time to close a gap, so it starts closer to the US (capability 58, a gap
  // of 18 in 2022, where rules 1 started at 52); docs/game-length.md has the measurements.
  short: {
    firstYear: 2022,
    lastYear: 2026,
    checkpointAfter: [1, 3],
    questionsPerCheckpoint: 3,
    // 2026 meets no drawn card: the options' lasting effects would be worth nothing in the last year.
    finalYearDraw: false,
    // DeepSeek arrives with one year left, when an open model's lasting reach counts for little and a
    // national champion's head start for more; the export controls with four, when home-grown chips
    // have less time to pay and compliant chips more weight. `npm run balance` measures each share.
    cards: [
      retuned(
        'deepseek',
        ['open-everything', 'influence', 10],
        ['national-champion', 'capability', 3.5],
      ),
      retuned(
        'export-controls',
        ['domestic-push', 'chipAutonomy', 7.5],
        ['compliant-chips', 'access', 0.15],
      ),
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
