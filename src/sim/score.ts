// The final score (up to 1000 points) and its breakdown: the gap to the US, four stocks above a floor, waste.
import type { Indicators, ScoreBreakdown } from './types';

/** Closing the gap to the US frontier is worth up to 360 points; a gap of GAP_ZERO points or more scores 0. */
const GAP_POINTS = 360;
const GAP_ZERO = 35;
/** Each stock is worth up to 160 points, counted from a floor of 30 up to 90 (floor + span). */
const STOCK_POINTS = 160;
const STOCK_FLOOR = 30;
const STOCK_SPAN = 60;
/** Below 1, the first points above the floor are worth the most: balance pays. */
const STOCK_CURVE = 0.7;
/** Waste costs 2.5 points per point of waste. */
const WASTE_POINTS = 2.5;

const r1 = (x: number): number => Math.round(x * 10) / 10;
const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
const stock = (v: number): number =>
  STOCK_POINTS * clamp01((v - STOCK_FLOOR) / STOCK_SPAN) ** STOCK_CURVE;
const gap = (v: Indicators, frontier: number): number =>
  GAP_POINTS * clamp01(1 - (frontier - v.capability) / GAP_ZERO);

export function scoreOf(v: Indicators, frontier: number): ScoreBreakdown {
  const parts = {
    capability: r1(gap(v, frontier)),
    chipAutonomy: r1(stock(v.chipAutonomy)),
    ecosystem: r1(stock(v.ecosystem)),
    talent: r1(stock(v.talent)),
    influence: r1(stock(v.influence)),
    waste: r1(-WASTE_POINTS * v.waste),
  };
  const total =
    parts.capability +
    parts.chipAutonomy +
    parts.ecosystem +
    parts.talent +
    parts.influence +
    parts.waste;
  return { ...parts, total: r1(total) };
}

/** The unrounded total, for policies that compare nearby states. */
export function rawScore(v: Indicators, frontier: number): number {
  return (
    gap(v, frontier) +
    stock(v.chipAutonomy) +
    stock(v.ecosystem) +
    stock(v.talent) +
    stock(v.influence) -
    WASTE_POINTS * v.waste
  );
}
