// Closing a year: write its compact record, then open the next year's plan or end the game.
import { PILLARS } from './pillars';
import { baseBudget, round1, scriptedFrontier } from './calendar';
import { PARAMS } from './params';
import { scoreOf } from './score';
import { INDICATORS, type GameState } from './types';

/** The smallest budget a year can have after event costs, billions of US dollars. */
const MIN_BUDGET = 1;

export function closeYear(s: GameState): GameState {
  const alloc = s.lastAllocation;
  const record = {
    year: s.year,
    budget: s.budget,
    allocation: alloc ? PILLARS.map((p) => alloc[p]) : [],
    indicators: INDICATORS.map((id) => round1(s.indicators[id])),
    frontier: round1(s.frontier),
    eventId: s.yearEvent?.id ?? null,
    optionId: s.yearEvent?.optionId ?? null,
  };
  const history = [...s.history, record];
  if (s.year >= s.lastYear) {
    return {
      ...s,
      phase: 'end',
      event: null,
      checkpoint: null,
      history,
      score: scoreOf(s.indicators, s.frontier),
    };
  }
  const year = s.year + 1;
  const keep = PARAMS.capitalRetention;
  return {
    ...s,
    year,
    phase: 'plan',
    budget: Math.max(MIN_BUDGET, round1(baseBudget(year, s.difficulty) + s.budgetAdjust)),
    budgetAdjust: 0,
    frontier: scriptedFrontier(year, s.difficulty, s.frontierBoost),
    capital: {
      chips: s.capital.chips * keep,
      incubators: s.capital.incubators * keep,
      talent: s.capital.talent * keep,
      openSource: s.capital.openSource * keep,
    },
    modifiers: s.modifiers.filter((m) => m.untilYear >= year),
    event: null,
    yearEvent: null,
    checkpoint: null,
    history,
  };
}
