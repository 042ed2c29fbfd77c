// The adaptive reference policy: re-plans every year by looking a few years ahead, and weighs event options.
import { scriptedFrontier } from '../calendar';
import { stepYear, type ModelInput } from '../model';
import { rawScore } from '../score';
import type { GameState } from '../types';
import { splitBudget, weightsOf } from '../budget';

/** How many years ahead the policy looks: talent pays off within about three years. */
const HORIZON = 4;
/** The budget is moved in twentieths (5%) between pillars. */
const UNITS = 20;
const MAX_STEPS = 12;
const EXPECTED = [1, 1, 1, 1];

/** The score the state would reach if this split were kept for the next years, with no events. */
export function lookahead(s: GameState, units: readonly number[]): number {
  const years = Math.min(HORIZON, s.lastYear - s.year + 1);
  let m: ModelInput = s;
  let boost = s.frontierBoost;
  for (let h = 0; h < years; h++) {
    const out = stepYear(m, splitBudget(s.budget, units), EXPECTED, false);
    boost += out.frontierGain;
    m = { ...m, indicators: out.indicators, pipeline: out.pipeline, year: m.year + 1 };
  }
  return rawScore(m.indicators, scriptedFrontier(s.year + years - 1, s.difficulty, boost));
}

/** Hill-climbs from last year's split, moving 5% of the budget at a time while the outlook improves. */
export function adaptiveUnits(s: GameState): number[] {
  const start = s.lastAllocation ? weightsOf(s.lastAllocation) : [1, 1, 1, 1];
  const total = start.reduce((a, b) => a + b, 0);
  const units = start.map((x) => Math.round((x / total) * UNITS));
  units[0] = (units[0] ?? 0) + UNITS - units.reduce((a, b) => a + b, 0);
  let best = lookahead(s, units);
  for (let step = 0; step < MAX_STEPS; step++) {
    let move: [number, number] | null = null;
    for (let from = 0; from < 4; from++) {
      if ((units[from] ?? 0) === 0) continue;
      for (let to = 0; to < 4; to++) {
        if (to === from) continue;
        units[from] = (units[from] ?? 0) - 1;
        units[to] = (units[to] ?? 0) + 1;
        const v = lookahead(s, units);
        if (v > best + 1e-9) {
          best = v;
          move = [from, to];
        }
        units[from] = (units[from] ?? 0) + 1;
        units[to] = (units[to] ?? 0) - 1;
      }
    }
    if (!move) break;
    units[move[0]] = (units[move[0]] ?? 0) - 1;
    units[move[1]] = (units[move[1]] ?? 0) + 1;
  }
  return units;
}
