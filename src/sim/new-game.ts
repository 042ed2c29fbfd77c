// Creates the opening state of a game from its options and the content's scenario.
import type { Content } from './content-types';
import { baseBudget, scriptedFrontier } from './calendar';
import { seedRng } from './rng';
import type { GameState, NewGameOptions } from './types';

/** Spending already under way when the game opens (billions): earlier programmes still maturing. */
const PRIOR_SPENDING = 1;

export function newGame(options: NewGameOptions, content: Content): GameState {
  const scenario = content.scenarios[options.length];
  const year = scenario.firstYear;
  return {
    version: 1,
    seed: options.seed,
    difficulty: options.difficulty,
    length: options.length,
    firstYear: year,
    lastYear: scenario.lastYear,
    year,
    phase: 'plan',
    budget: baseBudget(year, options.difficulty),
    indicators: { ...scenario.start },
    frontier: scriptedFrontier(year, options.difficulty),
    frontierBoost: 0,
    computeAccess: 1,
    capital: { chips: 0, incubators: 0, talent: 0, openSource: 0 },
    pipeline: { chips: PRIOR_SPENDING, talent: [PRIOR_SPENDING, PRIOR_SPENDING] },
    modifiers: [],
    budgetAdjust: 0,
    usedEvents: [],
    event: null,
    yearEvent: null,
    checkpoint: null,
    checkpointsDone: 0,
    lastAllocation: null,
    lastTrace: null,
    history: [],
    quiz: { answered: 0, credit: 0 },
    score: null,
    rng: seedRng(options.seed),
  };
}
