// The causal trace: keeps the largest contributions to each indicator's change, so the views can say why.
import { INDICATORS, type Contribution, type IndicatorId, type Trace } from './types';

/** How many causes are kept per indicator. */
export const TRACE_SIZE = 3;
/** Contributions smaller than this (points) are noise, not explanations. */
const MIN_POINTS = 0.05;

const r2 = (x: number): number => Math.round(x * 100) / 100;

export function topCauses(causes: Record<IndicatorId, Contribution[]>): Trace {
  const out = {} as Record<IndicatorId, Contribution[]>;
  for (const id of INDICATORS) {
    out[id] = causes[id]
      .filter((c) => Math.abs(c.amount) >= MIN_POINTS)
      .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount) || (a.source < b.source ? -1 : 1))
      .slice(0, TRACE_SIZE)
      .map((c) => ({ source: c.source, amount: r2(c.amount) }));
  }
  return out;
}

/** Adds an event's shifts to a year's trace (the event happened in that year), re-ranked. */
export function addToTrace(
  trace: Trace,
  shifts: Partial<Record<IndicatorId, number>>,
  source: string,
): Trace {
  const out = {} as Record<IndicatorId, Contribution[]>;
  for (const id of INDICATORS) {
    const shift = shifts[id];
    out[id] =
      shift === undefined || shift === 0
        ? trace[id]
        : topCauses({ ...EMPTY, [id]: [...trace[id], { source, amount: shift }] })[id];
  }
  return out;
}

const EMPTY: Record<IndicatorId, Contribution[]> = {
  capability: [],
  chipAutonomy: [],
  ecosystem: [],
  talent: [],
  influence: [],
  waste: [],
};
