// The final score (0–1000 points) and its breakdown: capability against the US, four balanced stocks, waste.
import type { Indicators, ScoreBreakdown } from './types';

/** Capability is worth up to 300 points, reached at 110% of the US frontier. */
const CAPABILITY_POINTS = 300;
const CAPABILITY_CAP = 1.1;
/** Each stock is worth up to 175 points along a square root: the first points matter most. */
const STOCK_POINTS = 175;
/** Waste costs up to 250 points (2.5 per point). */
const WASTE_POINTS = 250;

const r1 = (x: number): number => Math.round(x * 10) / 10;

export function scoreOf(v: Indicators, frontier: number): ScoreBreakdown {
  const ratio = Math.min(CAPABILITY_CAP, v.capability / frontier);
  const capability = (CAPABILITY_POINTS * ratio) / CAPABILITY_CAP;
  const stock = (x: number): number => STOCK_POINTS * Math.sqrt(x / 100);
  const parts = {
    capability: r1(capability),
    chipAutonomy: r1(stock(v.chipAutonomy)),
    ecosystem: r1(stock(v.ecosystem)),
    talent: r1(stock(v.talent)),
    influence: r1(stock(v.influence)),
    waste: r1((-WASTE_POINTS * v.waste) / 100),
  };
  const total = r1(
    parts.capability +
      parts.chipAutonomy +
      parts.ecosystem +
      parts.talent +
      parts.influence +
      parts.waste,
  );
  return { ...parts, total };
}

/** The unrounded total, for policies that compare nearby states. */
export function rawScore(v: Indicators, frontier: number): number {
  const ratio = Math.min(CAPABILITY_CAP, v.capability / frontier);
  const s = (x: number): number => STOCK_POINTS * Math.sqrt(x / 100);
  return (
    (CAPABILITY_POINTS * ratio) / CAPABILITY_CAP +
    s(v.chipAutonomy) +
    s(v.ecosystem) +
    s(v.talent) +
    s(v.influence) -
    (WASTE_POINTS * v.waste) / 100
  );
}
