// Slider arithmetic for the plan: amounts in tenths of a billion, clamped so the total can never exceed the budget.
import { PILLARS, type Allocation, type PillarId } from '../sim';

/** Works in integer tenths of a billion so 0.1 + 0.2 never drifts. */
const toTenths = (x: number) => Math.round(x * 10);

export function emptyAllocation(): Allocation {
  return { chips: 0, incubators: 0, talent: 0, openSource: 0 };
}

export function totalOf(allocation: Allocation): number {
  return PILLARS.reduce((sum, p) => sum + toTenths(allocation[p]), 0) / 10;
}

/** Sets one pillar, lowering the requested amount to what the budget still allows. */
export function setPillar(
  allocation: Allocation,
  pillar: PillarId,
  requested: number,
  budget: number,
): Allocation {
  const others = PILLARS.reduce(
    (sum, p) => (p === pillar ? sum : sum + toTenths(allocation[p])),
    0,
  );
  const allowed = Math.max(0, toTenths(budget) - others);
  const value = Math.min(Math.max(0, toTenths(requested)), allowed);
  return { ...allocation, [pillar]: value / 10 };
}

/** An even split; leftover tenths go to the first pillars so the total is exact. */
export function evenSplit(budget: number): Allocation {
  const tenths = toTenths(budget);
  const share = Math.floor(tenths / PILLARS.length);
  let extra = tenths - share * PILLARS.length;
  const out = emptyAllocation();
  for (const pillar of PILLARS) {
    out[pillar] = (share + (extra > 0 ? 1 : 0)) / 10;
    extra -= 1;
  }
  return out;
}

/** Last year's shares applied to this year's budget, corrected so the total is exact. */
export function sameShares(previous: Allocation, budget: number): Allocation {
  const before = totalOf(previous);
  if (before <= 0) return evenSplit(budget);
  const out = emptyAllocation();
  for (const pillar of PILLARS)
    out[pillar] = Math.floor((previous[pillar] / before) * toTenths(budget)) / 10;
  const missing = toTenths(budget) - toTenths(totalOf(out));
  const largest = PILLARS.reduce((a, b) => (previous[b] > previous[a] ? b : a));
  out[largest] = (toTenths(out[largest]) + missing) / 10;
  return out;
}

/** Tenths of a billion still to allocate (0 when the plan can be committed). */
export function remaining(allocation: Allocation, budget: number): number {
  return (toTenths(budget) - toTenths(totalOf(allocation))) / 10;
}
