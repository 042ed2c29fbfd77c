// The causal trace: keeps the largest contributions to each indicator's change, so the views can say why.
import { INDICATORS, type Contribution, type IndicatorId, type Trace } from './types';

/** How many causes are kept per indicator. */
export const TRACE_SIZE = 3;
/** Contributions smaller than this (points) are noise, not explanations. */
const MIN_POINTS = 0.05;

const r2 = (x: number): number => Math.round(x * 100) / 100;

export function topCauses(causes: Record<IndicatorId, Contribution[]>): Trace {
  const out = {} as Record<IndicatorId, Contribution[]>;
  for (const id of INDICATORS) out[id] = top(causes[id]);
  return out;
}

/** The TRACE_SIZE largest causes by size, ties broken by source id (plain loops: runs every year). */
function top(list: readonly Contribution[]): Contribution[] {
  const kept: Contribution[] = [];
  for (const c of list) {
    const size = Math.abs(c.amount);
    if (size < MIN_POINTS) continue;
    let at = kept.length;
    while (at > 0) {
      const prev = kept[at - 1] as Contribution;
      const prevSize = Math.abs(prev.amount);
      if (prevSize > size || (prevSize === size && prev.source < c.source)) break;
      at--;
    }
    if (at < TRACE_SIZE) {
      kept.splice(at, 0, { source: c.source, amount: r2(c.amount) });
      if (kept.length > TRACE_SIZE) kept.pop();
    }
  }
  return kept;
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
        : top([...trace[id], { source, amount: shift }]);
  }
  return out;
}
