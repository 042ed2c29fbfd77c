// Turns pillar weights into an exact allocation in tenths of a billion that spends the whole budget.
import { PILLARS } from '../pillars';
import type { Allocation } from '../types';

/** Weights per pillar in PILLARS order (any non-negative scale; all zero means equal shares). */
export type Weights = readonly number[];

export function splitBudget(budget: number, weights: Weights): Allocation {
  const tenths = Math.round(budget * 10);
  const w = PILLARS.map((_, i) => Math.max(0, weights[i] ?? 0));
  const sum = w.reduce((a, b) => a + b, 0);
  const shares = sum > 0 ? w.map((x) => (x / sum) * tenths) : w.map(() => tenths / 4);
  const parts = shares.map(Math.floor);
  let left = tenths - parts.reduce((a, b) => a + b, 0);
  // Largest remainders first; ties go to the earlier pillar, so the split is deterministic.
  const order = shares
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return {
    chips: (parts[0] ?? 0) / 10,
    incubators: (parts[1] ?? 0) / 10,
    talent: (parts[2] ?? 0) / 10,
    openSource: (parts[3] ?? 0) / 10,
  };
}

/** An allocation's weights in PILLARS order. */
export function weightsOf(a: Allocation): number[] {
  return PILLARS.map((p) => a[p]);
}
