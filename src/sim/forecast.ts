// The forecast: expected change of each indicator this year for an allocation, with a likely range.
import { stepYear } from './model';
import { PARAMS } from './params';
import { INDICATORS, type Allocation, type GameState, type IndicatorId } from './types';

export interface IndicatorForecast {
  /** Expected change in points (0–100 scale) this year, before any event. */
  readonly expected: number;
  readonly low: number;
  readonly high: number;
}
export type Forecast = Record<IndicatorId, IndicatorForecast>;

const MID = [1, 1, 1, 1];
const LOW = MID.map(() => 1 - PARAMS.noise);
const HIGH = MID.map(() => 1 + PARAMS.noise);

/** Runs this year's model three times (expected, unlucky, lucky); events are not included. */
export function forecast(state: GameState, allocation: Allocation): Forecast {
  const safe: Allocation = {
    chips: Math.max(0, allocation.chips || 0),
    incubators: Math.max(0, allocation.incubators || 0),
    talent: Math.max(0, allocation.talent || 0),
    openSource: Math.max(0, allocation.openSource || 0),
  };
  const mid = stepYear(state, safe, MID, false).indicators;
  const low = stepYear(state, safe, LOW, false).indicators;
  const high = stepYear(state, safe, HIGH, false).indicators;
  const out = {} as Record<IndicatorId, IndicatorForecast>;
  for (const id of INDICATORS) {
    const base = state.indicators[id];
    const a = low[id] - base;
    const b = high[id] - base;
    out[id] = { expected: mid[id] - base, low: Math.min(a, b), high: Math.max(a, b) };
  }
  return out;
}
