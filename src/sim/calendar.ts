// Year-dependent scripts: the yearly budget (billions of US dollars) and the US frontier.
import { DIFFICULTY } from './params';
import type { Difficulty } from './types';

/** The article's 2024 wave for AI start-ups, in billions of US dollars: our budget anchor. */
export const ANCHOR_BUDGET = 8.5;
export const ANCHOR_YEAR = 2024;
/** Yearly budget growth (7%), roughly the pace of China's public R&D spending in the period. */
export const BUDGET_GROWTH = 1.07;

/** Rounds to one decimal, the budget's unit (0.1 billion). */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The base budget of a year before event adjustments, billions of US dollars (one decimal). */
export function baseBudget(year: number, difficulty: Difficulty): number {
  const b = ANCHOR_BUDGET * BUDGET_GROWTH ** (year - ANCHOR_YEAR) * DIFFICULTY[difficulty].budget;
  return round1(b);
}

/** The US frontier in 2018, and how fast its distance to 100 shrinks each year (normal pace). */
const FRONTIER_START = 55;
const FRONTIER_RATE = 0.16;

/**
 * The US frontier (0–100): 55 in 2018, rising about 5 points a year at first and more slowly as it
 * nears the top (about 93 in 2030), plus `boost` (what rivals gained from our open code and
 * collaborations). It approaches 100 without reaching it, so every boost still widens the gap.
 */
export function scriptedFrontier(year: number, difficulty: Difficulty, boost = 0): number {
  const pace = FRONTIER_RATE * DIFFICULTY[difficulty].frontierPace;
  const room = (100 - FRONTIER_START) * Math.exp(-pace * (year - 2018));
  // base + boost while the boost is small next to the room left; never 100.
  return boost > 0 ? 100 - room * Math.exp(-boost / room) : 100 - room + boost;
}
