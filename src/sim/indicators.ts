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

/** What a year's screen showed (after the budget, before the event); older records: their end values. */
export function shownIndicators(record: YearRecord): Indicators {
  const values = record.shown ?? record.indicators;
  const out = {} as Indicators;
  INDICATORS.forEach((id, i) => (out[id] = values[i] ?? 0));
  return out;
}

/** The US frontier a year's screen showed (before the event). */
export function shownFrontier(record: YearRecord): number {
  return record.shownFrontier ?? record.frontier;
}

/** Tenths of a point, so values stored at 0.1 add and subtract exactly. */
const tenths = (x: number): number => Math.round(x * 10);

/** A difference of two values rounded to 0.1, itself exact at 0.1 (no 0.30000000000000004). */
export function shownDifference(a: number, b: number): number {
  return (tenths(a) - tenths(b)) / 10;
}

/** Indicators as the player reads them, each rounded to 0.1 (what a year record keeps). */
export function shownValues(values: Readonly<Indicators>): Indicators {
  const out = {} as Indicators;
  for (const id of INDICATORS) out[id] = tenths(values[id]) / 10;
  return out;
}

/** Frontier minus capability as the player reads them: both rounded to 0.1 first. */
export function shownGap(frontier: number, capability: number): number {
  return shownDifference(frontier, capability);
}

/** What the year's event changed, per indicator: the year's end values minus what its screen showed. */
export function eventShifts(record: YearRecord): Indicators {
  const end = recordIndicators(record);
  const shown = shownIndicators(record);
  const out = {} as Indicators;
  for (const id of INDICATORS) out[id] = shownDifference(end[id], shown[id]);
  return out;
}

/** One indicator over the recorded years as their screens showed it, oldest first. */
export function indicatorSeries(history: readonly YearRecord[], id: IndicatorId): number[] {
  return history.map((record) => shownIndicators(record)[id]);
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

/**
 * A year's overall direction: the sum of changes, waste counted against, from the values as shown
 * (to 0.1), so the sound, the screen's colour and its sentence always agree with its table.
 */
export function yearMood(before: Indicators, after: Indicators): 'good' | 'bad' | 'mixed' {
  const net =
    INDICATORS.reduce(
      (sum, id) => sum + (id === 'waste' ? -1 : 1) * (tenths(after[id]) - tenths(before[id])),
      0,
    ) / 10;
  if (net > 2) return 'good';
  if (net < -1) return 'bad';
  return 'mixed';
}
