// Closing a year: write its compact record, then open the next year's plan or end the game.
import { PILLARS } from './pillars';
import { baseBudget, round1, scriptedFrontier } from './calendar';
import { PARAMS } from './params';
import { scoreOf } from './score';
import { draft } from './state-copy';
import { INDICATORS, type GameState, type YearRecord } from './types';

/** The smallest budget a year can have after event costs, billions of US dollars. */
const MIN_BUDGET = 1;

export function closeYear(s: GameState): GameState {
  const alloc = s.lastAllocation;
  const indicators = INDICATORS.map((id) => round1(s.indicators[id]));
  const frontier = round1(s.frontier);
  const record: YearRecord = {
    year: s.year,
    budget: s.budget,
    allocation: alloc ? PILLARS.map((p) => alloc[p]) : [],
    indicators,
    frontier,
    eventId: s.yearEvent?.id ?? null,
    optionId: s.yearEvent?.optionId ?? null,
    // No event this year: the year screen showed the values the year ends with.
    shown: s.yearEvent?.shown ?? indicators,
    shownFrontier: s.yearEvent?.shownFrontier ?? frontier,
  };
  const n = draft(s);
  n.history = [...s.history, record];
  n.event = null;
  n.checkpoint = null;
  if (s.year >= s.lastYear) {
    n.phase = 'end';
    n.score = scoreOf(s.indicators, s.frontier);
    return n;
  }
  const year = s.year + 1;
  const keep = PARAMS.capitalRetention;
  n.year = year;
  n.phase = 'plan';
  n.budget = Math.max(MIN_BUDGET, round1(baseBudget(year, s.difficulty) + s.budgetAdjust));
  n.budgetAdjust = 0;
  n.frontier = scriptedFrontier(year, s.difficulty, s.frontierBoost);
  n.capital = {
    chips: s.capital.chips * keep,
    incubators: s.capital.incubators * keep,
    talent: s.capital.talent * keep,
    openSource: s.capital.openSource * keep,
  };
  n.modifiers = s.modifiers.filter((m) => m.untilYear >= year);
  n.yearEvent = null;
  return n;
}
