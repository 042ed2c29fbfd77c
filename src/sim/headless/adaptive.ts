// The adaptive reference policy: re-plans every year by looking ahead to the end of the game, and weighs event options on the numbers the card shows.
import { baseBudget, scriptedFrontier } from '../calendar';
import { apply } from '../apply';
import type { Content } from '../content-types';
import { stepYear, type ModelInput } from '../model';
import { PARAMS } from '../params';
import type { PillarId } from '../pillars';
import { rawScore } from '../score';
import type { GameState } from '../types';
import { splitBudget, weightsOf } from '../budget';

/** The budget is moved in twentieths (5%) between pillars. */
const UNITS = 20;
const MAX_STEPS = 16;
const EXPECTED = [1, 1, 1, 1];
const KEEP = PARAMS.capitalRetention;

const fade = (c: Record<PillarId, number>): Record<PillarId, number> => ({
  chips: c.chips * KEEP,
  incubators: c.incubators * KEEP,
  talent: c.talent * KEEP,
  openSource: c.openSource * KEEP,
});

/**
 * The score the game would end with if this split were kept to the last year, with expected luck and
 * no further events: what a player can work out from the forecast, year after year.
 */
export function lookahead(s: GameState, units: readonly number[]): number {
  let m: ModelInput = s;
  let boost = s.frontierBoost;
  for (let year = s.year; year <= s.lastYear; year++) {
    const budget = year === s.year ? s.budget : baseBudget(year, s.difficulty);
    const out = stepYear(m, splitBudget(budget, units), EXPECTED, false);
    boost += out.frontierGain;
    m = {
      indicators: out.indicators,
      pipeline: out.pipeline,
      computeAccess: m.computeAccess,
      modifiers: m.modifiers,
      capital: year === s.year ? m.capital : fade(m.capital),
      year: year + 1,
    };
  }
  return rawScore(m.indicators, scriptedFrontier(s.lastYear, s.difficulty, boost));
}

/** Hill-climbs from last year's split, moving 5% of the budget at a time while the outlook improves. */
export function adaptiveUnits(s: GameState): number[] {
  const start = s.lastAllocation ? weightsOf(s.lastAllocation) : [1, 1, 1, 1];
  const total = start.reduce((a, b) => a + b, 0) || 1;
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

/** Half credit on every checkpoint question: the policy cannot know its future answers. */
function halfCredit(s: GameState, content: Content): GameState {
  const count = s.checkpoint?.questionCount ?? 0;
  const pillars = ['chips', 'incubators', 'talent', 'openSource'] as const;
  const results = Array.from({ length: count }, (_, i) => ({
    questionId: `plan-${i}`,
    pillar: pillars[i % 4] ?? 'chips',
    credit: 0.5,
  }));
  const r = apply(s, { type: 'checkpoint/answer', results }, content);
  return r.ok ? r.state : s;
}

/**
 * The value of choosing an option: the state after the card (exactly what its forecast shows), then
 * the look-ahead of the plan this policy would make next. No hidden future is read.
 */
export function optionValue(s: GameState, optionId: string, content: Content): number {
  const r = apply(s, { type: 'event/choose', optionId }, content);
  if (!r.ok) return -Infinity;
  let n = r.state;
  if (n.phase === 'checkpoint') n = halfCredit(n, content);
  if (n.phase === 'end') return rawScore(n.indicators, n.frontier);
  // Next year's plan as this policy would make it: a boost or a budget cut changes the best split.
  return lookahead(n, adaptiveUnits(n));
}

/** The option with the best value on this state (ties: the first). */
export function adaptiveOption(s: GameState, content: Content): string {
  let best = s.event?.options[0] ?? '';
  let bestValue = -Infinity;
  for (const id of s.event?.options ?? []) {
    const v = optionValue(s, id, content);
    if (v > bestValue + 1e-9) [best, bestValue] = [id, v];
  }
  return best;
}

/** The allocation the adaptive policy commits this year. */
export function adaptiveAllocation(s: GameState): ReturnType<typeof splitBudget> {
  return splitBudget(s.budget, adaptiveUnits(s));
}
