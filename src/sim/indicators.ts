// Reading indicators: the one decoder of year records, the one "is this change good?" rule and the thresholds below which a change counts as none.
import { INDICATORS, type IndicatorId, type Indicators, type YearRecord } from './types';

/** A resolved year's change smaller than this (points) reads as "held" (year summary, gauges). */
export const HELD_POINTS = 0.5;
/** A forecast or table change smaller than this (points) reads as "steady": it rounds to 0.0. */
export const STEADY_POINTS = 0.05;

/** A year record's indicators by name (records store them in INDICATORS order to stay small). */
export function recordIndicators(record: YearRecord): Indicators {
  const out = {} as Indicators;
  INDICATORS.forEach((id, i) => (out[id] = record.indicators[i] ?? 0));
  return out;
}

/** One indicator over the recorded years, oldest first. */
export function indicatorSeries(history: readonly YearRecord[], id: IndicatorId): number[] {
  const index = INDICATORS.indexOf(id);
  return history.map((record) => record.indicators[index] ?? 0);
}

/** The indicators before the current year: last year's record, or the scenario's start values. */
export function previousIndicators(
  game: { readonly history: readonly YearRecord[] },
  start: Readonly<Indicators>,
): Indicators {
  const last = game.history.at(-1);
  return last ? recordIndicators(last) : { ...start };
}

/** Waste counts against; every other indicator is better higher. */
export function isImprovement(id: IndicatorId, change: number): boolean {
  return id === 'waste' ? change <= 0 : change >= 0;
}

/** A change as the player reads it: up, down or none, against a threshold (points). */
export function trendOf(change: number, threshold: number): 'up' | 'down' | 'steady' {
  if (Math.abs(change) < threshold) return 'steady';
  return change > 0 ? 'up' : 'down';
}

/** A year's overall direction: the sum of changes, waste counted against. */
export function yearMood(before: Indicators, after: Indicators): 'good' | 'bad' | 'mixed' {
  const net = INDICATORS.reduce(
    (sum, id) => sum + (id === 'waste' ? -1 : 1) * (after[id] - before[id]),
    0,
  );
  if (net > 2) return 'good';
  if (net < -1) return 'bad';
  return 'mixed';
}
